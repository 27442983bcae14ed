print(__debug__)
if __debug__:
    print("assertions are on")
import builtins
print(builtins.__debug__ is True)
