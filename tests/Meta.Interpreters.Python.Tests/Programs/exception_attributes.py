try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e.args, str(e), repr(e))
e = KeyError("key")
print(str(e), repr(e), e.args)
try:
    {}["x"]
except KeyError as e:
    print(e.args[0], type(e).__mro__[1].__name__)
try:
    raise OSError("os")
except Exception as e:
    print(type(e).__name__, isinstance(e, OSError))
ex = RuntimeError("rt")
ex.extra = 5
print(ex.extra, ex.__traceback__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError), issubclass(StopIteration, Exception))
