CONSTANT = 42
def square(x):
    return x * x
def greet(name):
    return f"hello {name}"
if __name__ == "__main__":
    print("helper run directly")
