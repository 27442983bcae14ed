using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// The builtin exceptions the standard library names at import time beyond the core set of
/// Objects/TypeObjects.cs (Objects/exceptions.c): the OSError family with errno/strerror/filename
/// and the errno-to-subclass mapping of OSError(errno, strerror), ReferenceError, the Unicode
/// errors, the warning categories, StopAsyncIteration, BufferError.
/// </summary>
public static class MoreExceptions
{
    public static readonly PyType ReferenceError = Exc("ReferenceError", TypeObjects.Exception);
    public static readonly PyType BufferError = Exc("BufferError", TypeObjects.Exception);
    public static readonly PyType StopAsyncIteration = Exc("StopAsyncIteration", TypeObjects.Exception);
    public static readonly PyType UnicodeTranslateError = Exc("UnicodeTranslateError", TypeObjects.UnicodeError);
    public static readonly PyType BlockingIOError = Exc("BlockingIOError", TypeObjects.OSError);
    public static readonly PyType ChildProcessError = Exc("ChildProcessError", TypeObjects.OSError);
    public static readonly PyType ConnectionError = Exc("ConnectionError", TypeObjects.OSError);
    public static readonly PyType BrokenPipeError = Exc("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Exc("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Exc("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Exc("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = Exc("FileExistsError", TypeObjects.OSError);
    public static readonly PyType InterruptedError = Exc("InterruptedError", TypeObjects.OSError);
    public static readonly PyType IsADirectoryError = Exc("IsADirectoryError", TypeObjects.OSError);
    public static readonly PyType NotADirectoryError = Exc("NotADirectoryError", TypeObjects.OSError);
    public static readonly PyType PermissionError = Exc("PermissionError", TypeObjects.OSError);
    public static readonly PyType ProcessLookupError = Exc("ProcessLookupError", TypeObjects.OSError);
    public static readonly PyType TimeoutError = Exc("TimeoutError", TypeObjects.OSError);
    public static readonly PyType PendingDeprecationWarning = Exc("PendingDeprecationWarning", TypeObjects.Warning);
    public static readonly PyType SyntaxWarning = Exc("SyntaxWarning", TypeObjects.Warning);
    public static readonly PyType FutureWarning = Exc("FutureWarning", TypeObjects.Warning);
    public static readonly PyType ImportWarning = Exc("ImportWarning", TypeObjects.Warning);
    public static readonly PyType UnicodeWarning = Exc("UnicodeWarning", TypeObjects.Warning);
    public static readonly PyType BytesWarning = Exc("BytesWarning", TypeObjects.Warning);
    public static readonly PyType ResourceWarning = Exc("ResourceWarning", TypeObjects.Warning);
    public static readonly PyType EncodingWarning = Exc("EncodingWarning", TypeObjects.Warning);

    private static PyType Exc(string name, PyType parent) => new(name, [parent]);

    /// <summary>exceptions.c's errnomap: OSError(errno, ...) constructs the subclass for the errno.</summary>
    private static PyType? ForErrno(long errno) => errno switch
    {
        11 or 114 or 115 => BlockingIOError, // EAGAIN, EALREADY, EINPROGRESS
        10 => ChildProcessError, // ECHILD
        32 or 108 => BrokenPipeError, // EPIPE, ESHUTDOWN
        103 => ConnectionAbortedError, // ECONNABORTED
        111 => ConnectionRefusedError, // ECONNREFUSED
        104 => ConnectionResetError, // ECONNRESET
        17 => FileExistsError, // EEXIST
        2 => TypeObjects.FileNotFoundError, // ENOENT
        21 => IsADirectoryError, // EISDIR
        20 => NotADirectoryError, // ENOTDIR
        4 => InterruptedError, // EINTR
        13 or 1 => PermissionError, // EACCES, EPERM
        3 => ProcessLookupError, // ESRCH
        110 => TimeoutError, // ETIMEDOUT
        _ => null,
    };

    private static readonly PyType[] All =
    [
        ReferenceError, BufferError, StopAsyncIteration, UnicodeTranslateError,
        BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
        ConnectionRefusedError, ConnectionResetError, FileExistsError, InterruptedError, IsADirectoryError,
        NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, PendingDeprecationWarning,
        SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
    ];

    /// <summary>Adds the types to the builtins dict, with IOError and EnvironmentError as OSError's aliases.</summary>
    public static void Register(PyDict builtins)
    {
        foreach (var t in All)
        {
            builtins.Set(t.Name, t);
        }
        builtins.Set("IOError", TypeObjects.OSError);
        builtins.Set("EnvironmentError", TypeObjects.OSError);
        TypeObjects.OSError.NativeNew = OSErrorNew;
        TypeObjects.FileNotFoundError.NativeNew = OSErrorNew;
        foreach (var t in All)
        {
            if (t.IsSubtypeOf(TypeObjects.OSError))
            {
                t.NativeNew = OSErrorNew;
            }
        }
        Def.Method(TypeObjects.OSError, "__init__", OSErrorInit);
        Def.Method(TypeObjects.OSError, "__str__", OSErrorStr);
    }

    /// <summary>The OSError an errno means, e.g. FileNotFoundError for 2, with CPython's attributes set.</summary>
    public static PyError OSErrorFromErrno(int errno, string strerror, string? filename = null)
    {
        PyObject[] args = filename is null
            ? [PyInt.From(errno), PyStr.From(strerror)]
            : [PyInt.From(errno), PyStr.From(strerror), PyStr.From(filename)];
        var e = (PyException)OSErrorNew(TypeObjects.OSError, args, null);
        SetAttributes(e, args);
        return e.ToError();
    }

    private static PyObject OSErrorNew(PyType type, PyObject[] args, PyDict? kwargs)
    {
        if (type == TypeObjects.OSError && args.Length >= 2 && args[0] is PyInt errno && ForErrno(errno.Value) is { } sub)
        {
            type = sub;
        }
        var e = new PyException(type, PyTuple.Of(args));
        SetAttributes(e, args);
        return e;
    }

    /// <summary>oserror_init: (errno, strerror[, filename[, winerror[, filename2]]]); args keeps only the first two when a filename is given.</summary>
    private static void SetAttributes(PyException e, PyObject[] args)
    {
        PyObject none = PyNone.Instance;
        e.SetAttribute("errno", args.Length is >= 2 and <= 5 ? args[0] : none);
        e.SetAttribute("strerror", args.Length is >= 2 and <= 5 ? args[1] : none);
        e.SetAttribute("filename", args.Length is >= 3 and <= 5 ? args[2] : none);
        e.SetAttribute("filename2", args.Length == 5 ? args[4] : none);
        if (args.Length is >= 3 and <= 5)
        {
            e.Args = PyTuple.Of(args[0], args[1]);
        }
    }

    private static PyObject OSErrorInit(PyObject[] a, PyDict? k) => PyNone.Instance;

    private static PyObject OSErrorStr(PyObject[] a, PyDict? k)
    {
        var e = (PyException)a[0];
        var errno = e.GetAttribute("errno") ?? PyNone.Instance;
        var strerror = e.GetAttribute("strerror") ?? PyNone.Instance;
        var filename = e.GetAttribute("filename") ?? PyNone.Instance;
        var filename2 = e.GetAttribute("filename2") ?? PyNone.Instance;
        if (filename is not PyNone)
        {
            var s = $"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}: {Ops.Repr(filename)}";
            return PyStr.From(filename2 is PyNone ? s : s + " -> " + Ops.Repr(filename2));
        }
        if (errno is not PyNone && strerror is not PyNone)
        {
            return PyStr.From($"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}");
        }
        var items = e.Args.Items;
        return PyStr.From(items.Length == 0 ? "" : items.Length == 1 ? Ops.Str(items[0]) : Ops.Repr(e.Args));
    }
}
