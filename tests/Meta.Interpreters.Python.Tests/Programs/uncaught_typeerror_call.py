# Calling with a missing argument: CPython's TypeError message.
def area(width, height):
    return width * height
print(area(2, 3))
print(area(4))
