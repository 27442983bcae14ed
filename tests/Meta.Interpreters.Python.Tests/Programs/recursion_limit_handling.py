# The recursion limit: RecursionError is catchable, and the limit can be raised.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
sys.setrecursionlimit(5000)
print(count_down(3000), sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    count_down(3000)
except RecursionError:
    print("too deep again")
