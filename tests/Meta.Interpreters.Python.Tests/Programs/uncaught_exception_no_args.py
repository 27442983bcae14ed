# Uncaught exceptions with no message print only the type name.
def f():
    raise NotImplementedError
print("calling")
f()
