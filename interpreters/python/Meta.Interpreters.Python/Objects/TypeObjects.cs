namespace Meta.Interpreters.Python.Objects;

/// <summary>The builtin types and the builtin exception hierarchy (CPython's Objects/exceptions.c tree).</summary>
public static class TypeObjects
{
    public static readonly PyType Object = new("object", []) { NativeNew = NewInstance };
    public static readonly PyType TypeType = new("type", [Object]);
    public static readonly PyType NoneType = new("NoneType", [Object]);
    public static readonly PyType NotImplementedType = new("NotImplementedType", [Object]);
    public static readonly PyType EllipsisType = new("ellipsis", [Object]);
    public static readonly PyType Int = new("int", [Object]);
    public static readonly PyType Bool = new("bool", [Int]);
    public static readonly PyType Float = new("float", [Object]);
    public static readonly PyType Complex = new("complex", [Object]);
    public static readonly PyType Str = new("str", [Object]);
    public static readonly PyType Bytes = new("bytes", [Object]);
    public static readonly PyType ByteArray = new("bytearray", [Object]);
    public static readonly PyType Tuple = new("tuple", [Object]);
    public static readonly PyType List = new("list", [Object]);
    public static readonly PyType Dict = new("dict", [Object]);
    public static readonly PyType Set = new("set", [Object]);
    public static readonly PyType FrozenSet = new("frozenset", [Object]);
    public static readonly PyType Range = new("range", [Object]);
    public static readonly PyType Slice = new("slice", [Object]);
    public static readonly PyType Function = new("function", [Object]);
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", [Object]);
    public static readonly PyType Method = new("method", [Object]);
    public static readonly PyType Cell = new("cell", [Object]);
    public static readonly PyType Code = new("code", [Object]);
    public static readonly PyType Module = new("module", [Object]);
    public static readonly PyType Property = new("property", [Object]);
    public static readonly PyType ClassMethod = new("classmethod", [Object]);
    public static readonly PyType StaticMethod = new("staticmethod", [Object]);
    public static readonly PyType Super = new("super", [Object]);
    public static readonly PyType Generator = new("generator", [Object]);
    public static readonly PyType Iterator = new("iterator", [Object]);
    public static readonly PyType DictKeys = new("dict_keys", [Object]);
    public static readonly PyType DictValues = new("dict_values", [Object]);
    public static readonly PyType DictItems = new("dict_items", [Object]);

    public static readonly PyType BaseException = new("BaseException", [Object]) { NativeNew = NewException };
    public static readonly PyType SystemExit = Exc("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Exc("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = Exc("GeneratorExit", BaseException);
    public static readonly PyType Exception = Exc("Exception", BaseException);
    public static readonly PyType StopIteration = Exc("StopIteration", Exception);
    public static readonly PyType ArithmeticError = Exc("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Exc("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Exc("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Exc("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Exc("AssertionError", Exception);
    public static readonly PyType AttributeError = Exc("AttributeError", Exception);
    public static readonly PyType EOFError = Exc("EOFError", Exception);
    public static readonly PyType ImportError = Exc("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Exc("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Exc("LookupError", Exception);
    public static readonly PyType IndexError = Exc("IndexError", LookupError);
    public static readonly PyType KeyError = Exc("KeyError", LookupError);
    public static readonly PyType MemoryError = Exc("MemoryError", Exception);
    public static readonly PyType NameError = Exc("NameError", Exception);
    public static readonly PyType UnboundLocalError = Exc("UnboundLocalError", NameError);
    public static readonly PyType OSError = Exc("OSError", Exception);
    public static readonly PyType FileNotFoundError = Exc("FileNotFoundError", OSError);
    public static readonly PyType BlockingIOError = Exc("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = Exc("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = Exc("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = Exc("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Exc("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Exc("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Exc("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = Exc("FileExistsError", OSError);
    public static readonly PyType InterruptedError = Exc("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = Exc("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Exc("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = Exc("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = Exc("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = Exc("TimeoutError", OSError);
    public static readonly PyType BufferError = Exc("BufferError", Exception);
    public static readonly PyType ReferenceError = Exc("ReferenceError", Exception);
    public static readonly PyType StopAsyncIteration = Exc("StopAsyncIteration", Exception);
    public static readonly PyType RuntimeError = Exc("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Exc("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Exc("RecursionError", RuntimeError);
    public static readonly PyType SyntaxError = Exc("SyntaxError", Exception);
    public static readonly PyType IndentationError = Exc("IndentationError", SyntaxError);
    public static readonly PyType TabError = Exc("TabError", IndentationError);
    public static readonly PyType SystemError = Exc("SystemError", Exception);
    public static readonly PyType TypeError = Exc("TypeError", Exception);
    public static readonly PyType ValueError = Exc("ValueError", Exception);
    public static readonly PyType UnicodeError = Exc("UnicodeError", ValueError);
    public static readonly PyType UnicodeEncodeError = Exc("UnicodeEncodeError", UnicodeError);
    public static readonly PyType UnicodeDecodeError = Exc("UnicodeDecodeError", UnicodeError);
    public static readonly PyType Warning = Exc("Warning", Exception);
    public static readonly PyType UserWarning = Exc("UserWarning", Warning);
    public static readonly PyType DeprecationWarning = Exc("DeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = Exc("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = Exc("SyntaxWarning", Warning);
    public static readonly PyType FutureWarning = Exc("FutureWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Exc("PendingDeprecationWarning", Warning);
    public static readonly PyType ImportWarning = Exc("ImportWarning", Warning);
    public static readonly PyType UnicodeWarning = Exc("UnicodeWarning", Warning);
    public static readonly PyType BytesWarning = Exc("BytesWarning", Warning);
    public static readonly PyType ResourceWarning = Exc("ResourceWarning", Warning);
    public static readonly PyType EncodingWarning = Exc("EncodingWarning", Warning);
    public static readonly PyType UnicodeTranslateError = Exc("UnicodeTranslateError", UnicodeError);

    public static IEnumerable<PyType> ExceptionTypes =>
    [
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, ArithmeticError,
        FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, EOFError, ImportError,
        ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
        FileNotFoundError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError,
        SystemError, TypeError, ValueError, UnicodeError, UnicodeEncodeError, UnicodeDecodeError, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
        BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
        ConnectionResetError, FileExistsError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
        ProcessLookupError, TimeoutError, BufferError, ReferenceError, StopAsyncIteration, SyntaxWarning, FutureWarning,
        PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning, UnicodeTranslateError,
    ];

    private static PyType Exc(string name, PyType parent) => new(name, [parent]);

    private static PyObject NewInstance(PyType type, PyObject[] args, PyDict? kwargs) => new PyInstance(type);

    private static PyObject NewException(PyType type, PyObject[] args, PyDict? kwargs) => new PyException(type, PyTuple.Of(args));
}
