print(1, 2, 3, sep="-")
print("a", "b", sep="", end="!\n")
print()
print("no newline", end="")
print(" then")
import sys
print("to stdout", file=sys.stdout)
print(*[1, 2, 3])
print(*"abc", sep=",")
