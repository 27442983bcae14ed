using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// OSError's attributes and constructor (Objects/exceptions.c): errno, strerror, filename and
/// filename2 from OSError(errno, strerror[, filename[, winerror[, filename2]]]), the
/// errno-to-subclass mapping (OSError(2, ...) is a FileNotFoundError) and its str().
/// </summary>
public static class OSErrors
{
    /// <summary>exceptions.c's errnomap: OSError(errno, ...) constructs the subclass for the errno.</summary>
    private static PyType? ForErrno(long errno) => errno switch
    {
        11 or 114 or 115 => TypeObjects.BlockingIOError, // EAGAIN, EALREADY, EINPROGRESS
        10 => TypeObjects.ChildProcessError, // ECHILD
        32 or 108 => TypeObjects.BrokenPipeError, // EPIPE, ESHUTDOWN
        103 => TypeObjects.ConnectionAbortedError, // ECONNABORTED
        111 => TypeObjects.ConnectionRefusedError, // ECONNREFUSED
        104 => TypeObjects.ConnectionResetError, // ECONNRESET
        17 => TypeObjects.FileExistsError, // EEXIST
        2 => TypeObjects.FileNotFoundError, // ENOENT
        21 => TypeObjects.IsADirectoryError, // EISDIR
        20 => TypeObjects.NotADirectoryError, // ENOTDIR
        4 => TypeObjects.InterruptedError, // EINTR
        13 or 1 => TypeObjects.PermissionError, // EACCES, EPERM
        3 => TypeObjects.ProcessLookupError, // ESRCH
        110 => TypeObjects.TimeoutError, // ETIMEDOUT
        _ => null,
    };

    /// <summary>Gives OSError and its subclasses their constructor, __init__ and __str__.</summary>
    public static void Install()
    {
        foreach (var t in TypeObjects.ExceptionTypes)
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
