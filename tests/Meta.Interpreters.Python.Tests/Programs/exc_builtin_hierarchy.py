# The builtin exception hierarchy: bases of the OSError family, warnings and aliases.
classes = [ConnectionResetError, BrokenPipeError, FileExistsError, PermissionError, TimeoutError,
           IsADirectoryError, ProcessLookupError, UnicodeDecodeError, UnicodeTranslateError,
           SyntaxWarning, ResourceWarning, StopAsyncIteration, BufferError, RecursionError,
           ModuleNotFoundError, FloatingPointError, KeyboardInterrupt, GeneratorExit]
for cls in classes:
    print(cls.__name__, "->", " > ".join(c.__name__ for c in cls.__mro__[1:-1]))
print(IOError is OSError, EnvironmentError is OSError, issubclass(TimeoutError, OSError))
try:
    raise PermissionError("denied")
except OSError as e:
    print(type(e).__name__, e)
