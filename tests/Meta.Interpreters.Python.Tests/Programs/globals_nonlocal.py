total = 0
def add(v):
    global total
    total += v
add(5); add(6)
print(total)
def shadow():
    total = 1
    return total
print(shadow(), total)
def unbound():
    print(total)
    total = 3
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
x = 1
def g():
    global y
    y = x + 1
g()
print(y)
