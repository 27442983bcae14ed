def a():
    b()
def b():
    raise RuntimeError("boom")
print("before")
a()
