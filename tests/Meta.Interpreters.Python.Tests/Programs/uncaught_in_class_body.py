# An error while executing a class body.
print("defining")
class Broken:
    x = 1
    y = x + undefined_value
