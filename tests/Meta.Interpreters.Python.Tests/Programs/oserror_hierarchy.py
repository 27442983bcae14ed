# The OSError family: errno mapping in OSError(errno, strerror), errno/strerror/filename
# attributes, str(), aliases, and the other builtin exceptions the stdlib names.
for args in [(2, 'No such file or directory'), (17, 'File exists'), (13, 'Permission denied'),
             (20, 'Not a directory'), (21, 'Is a directory'), (32, 'Broken pipe'), (999, 'odd')]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), e.args)
e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, str(e), e.args, e.filename)
e = OSError('just a message')
print(e.errno, e.strerror, str(e))
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(FileExistsError, OSError))
for t in (ReferenceError, BufferError, StopAsyncIteration, UnicodeDecodeError, PendingDeprecationWarning,
          SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
          EncodingWarning, TimeoutError, ProcessLookupError, ChildProcessError, InterruptedError, BlockingIOError):
    print(t.__name__, t.__mro__[1].__name__)
try:
    raise FileNotFoundError(2, 'No such file or directory', 'missing.txt')
except OSError as e:
    print('caught', type(e).__name__, e)
