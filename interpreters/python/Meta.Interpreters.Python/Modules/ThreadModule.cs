using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>A _thread lock (Modules/_threadmodule.c's lockobject): binary, releasable by any thread.</summary>
public sealed class PyLock(PyType type) : PyObject
{
    public readonly SemaphoreSlim Semaphore = new(1, 1);

    public override PyType Type => type;
}

/// <summary>A re-entrant lock (rlockobject): owner thread and recursion count.</summary>
public sealed class PyRLock(PyType type) : PyObject
{
    public readonly SemaphoreSlim Semaphore = new(1, 1);
    public int Owner;
    public long Count;

    public override PyType Type => type;
}

/// <summary>
/// _thread (Modules/_threadmodule.c): locks, re-entrant locks, thread identities and
/// start_new_thread. The interpreter's state is one per process (PyThreadState is static), so
/// threads take turns under a global interpreter lock, as in CPython: a thread runs Python code
/// only while it holds the GIL, and gives it up while it blocks (acquiring a lock, sleeping).
/// Unlike CPython there is no periodic switch: a thread that never blocks keeps the GIL.
/// </summary>
public static class ThreadModule
{
    public static readonly PyType LockType = MakeLockType();
    public static readonly PyType RLockType = MakeRLockType();

    /// <summary>Taken once a second thread exists; until then the single thread runs without it.</summary>
    private static readonly SemaphoreSlim Gil = new(1, 1);
    private static bool _gilActive;
    private static int _threadCount;

    public const double TimeoutMax = 4294967.0;

    public static PyModule Create()
    {
        var m = new PyModule("_thread");
        var d = m.Dict;
        d.Set("LockType", LockType);
        d.Set("lock", LockType);
        d.Set("RLock", RLockType);
        d.Set("error", TypeObjects.RuntimeError);
        d.Set("TIMEOUT_MAX", new PyFloat(TimeoutMax));
        Def.Function(d, "allocate_lock", AllocateLock);
        Def.Function(d, "allocate", AllocateLock);
        Def.Function(d, "get_ident", GetIdent);
        Def.Function(d, "get_native_id", GetIdent);
        Def.Function(d, "_count", Count);
        Def.Function(d, "start_new_thread", StartNewThread);
        Def.Function(d, "start_new", StartNewThread);
        Def.Function(d, "_set_sentinel", SetSentinel);
        Def.Function(d, "stack_size", StackSize);
        Def.Function(d, "_excepthook", ExceptHook);
        d.Set("_ExceptHookArgs", ExceptHookArgsType);
        return m;
    }

    /// <summary>_thread._ExceptHookArgs: the (exc_type, exc_value, exc_traceback, thread) record threading.excepthook receives.</summary>
    public static readonly PyType ExceptHookArgsType = new("_ExceptHookArgs", [TypeObjects.Object], module: "_thread") { NativeNew = NewExceptHookArgs };

    private static readonly string[] ExceptHookFields = ["exc_type", "exc_value", "exc_traceback", "thread"];

    private static PyObject NewExceptHookArgs(PyType type, PyObject[] a, PyDict? k)
    {
        var items = a.Length == 1 ? Conversions.ToArray(a[0]) : a;
        if (items.Length != 4)
        {
            throw Errors.TypeError($"_thread._ExceptHookArgs() takes a 4-sequence ({items.Length}-sequence given)");
        }
        var r = new PyInstance(type);
        for (var i = 0; i < 4; i++)
        {
            r.SetAttribute(ExceptHookFields[i], items[i]);
        }
        return r;
    }

    /// <summary>thread_excepthook: "Exception in thread NAME:" and the traceback on sys.stderr; SystemExit is ignored.</summary>
    private static PyObject ExceptHook(PyObject[] a, PyDict? k)
    {
        var args = a[0];
        var type = Ops.GetAttr(args, "exc_type");
        if (type is PyType t && t.IsSubtypeOf(TypeObjects.SystemExit))
        {
            return PyNone.Instance;
        }
        var thread = Ops.GetAttr(args, "thread");
        var name = thread is PyNone ? Ops.Str(PyInt.From(CurrentId)) : Ops.Str(Ops.GetAttr(thread, "name"));
        var value = Ops.GetAttr(args, "exc_value");
        var text = $"Exception in thread {name}:\n" + (value is PyException e ? Runner.FormatException(e) : Ops.Str(type) + "\n");
        PyThreadState.Out.Flush();
        var stderr = Builtins.Importer.Modules.Get("sys") is PyModule sys ? sys.Dict.Get("stderr") : null;
        if (stderr is null or PyNone)
        {
            IO.StandardStreams.HostError.Write(text);
        }
        else
        {
            Ops.Call(Ops.GetAttr(stderr, "write"), [PyStr.From(text)]);
        }
        return PyNone.Instance;
    }

    /// <summary>
    /// Runs <paramref name="wait"/> without the GIL, so other Python threads can run meanwhile,
    /// then takes the GIL back and restores this thread's interpreter state.
    /// </summary>
    public static T Blocking<T>(Func<T> wait)
    {
        if (!_gilActive)
        {
            return wait();
        }
        var saved = (PyThreadState.Handled, PyThreadState.Depth, PyThreadState.Pending, PyThreadState.Current);
        Gil.Release();
        try
        {
            return wait();
        }
        finally
        {
            Gil.Wait();
            (PyThreadState.Handled, PyThreadState.Depth, PyThreadState.Pending, PyThreadState.Current) = saved;
        }
    }

    private static PyType MakeLockType()
    {
        var t = new PyType("lock", [TypeObjects.Object], module: "_thread") { NativeNew = NewLock };
        Def.Method(t, "acquire", LockAcquire);
        Def.Method(t, "acquire_lock", LockAcquire);
        Def.Slot(t, "__enter__", LockAcquire);
        Def.Method(t, "release", LockRelease);
        Def.Method(t, "release_lock", LockRelease);
        Def.Slot(t, "__exit__", LockExit);
        Def.Method(t, "locked", LockLocked);
        Def.Method(t, "locked_lock", LockLocked);
        Def.Slot(t, "__repr__", LockRepr);
        return t;
    }

    private static PyObject NewLock(PyType type, PyObject[] a, PyDict? k) => new PyLock(type);

    private static PyObject AllocateLock(PyObject[] a, PyDict? k) => new PyLock(LockType);

    /// <summary>acquire(blocking=True, timeout=-1) as lock_PyThread_acquire_lock parses it.</summary>
    private static int TimeoutMs(PyObject[] a, PyDict? k)
    {
        var blocking = Def.Arg(a, k, 1, "blocking") is not { } b || Ops.IsTrue(b);
        var timeout = Def.Arg(a, k, 2, "timeout") is { } t ? Ops.ToDouble(t) : -1;
        if (!blocking && timeout != -1)
        {
            throw Errors.ValueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1)
        {
            throw Errors.ValueError("timeout value must be a non-negative number");
        }
        if (timeout > TimeoutMax)
        {
            throw Errors.OverflowError("timeout value is too large");
        }
        return !blocking ? 0 : timeout == -1 ? Timeout.Infinite : (int)Math.Ceiling(timeout * 1000);
    }

    private static bool Acquire(SemaphoreSlim s, int timeoutMs)
    {
        if (s.Wait(0))
        {
            return true;
        }
        return timeoutMs != 0 && Blocking(() => s.Wait(timeoutMs));
    }

    private static PyObject LockAcquire(PyObject[] a, PyDict? k)
    {
        var timeout = a.Length > 1 || k is not null ? TimeoutMs(a, k) : Timeout.Infinite;
        return PyBool.From(Acquire(((PyLock)a[0]).Semaphore, timeout));
    }

    private static PyObject LockRelease(PyObject[] a, PyDict? k)
    {
        var s = ((PyLock)a[0]).Semaphore;
        if (s.CurrentCount != 0)
        {
            throw Errors.RuntimeError("release unlocked lock");
        }
        s.Release();
        return PyNone.Instance;
    }

    private static PyObject LockExit(PyObject[] a, PyDict? k)
    {
        LockRelease(a, null);
        return PyBool.False;
    }

    private static PyObject LockLocked(PyObject[] a, PyDict? k) => PyBool.From(((PyLock)a[0]).Semaphore.CurrentCount == 0);

    private static PyObject LockRepr(PyObject[] a, PyDict? k)
    {
        var state = ((PyLock)a[0]).Semaphore.CurrentCount == 0 ? "locked" : "unlocked";
        return PyStr.From($"<{state} _thread.lock object at 0x{Identity.Of(a[0]):x}>");
    }

    private static PyType MakeRLockType()
    {
        var t = new PyType("RLock", [TypeObjects.Object], module: "_thread") { NativeNew = NewRLock };
        Def.Method(t, "acquire", RLockAcquire);
        Def.Slot(t, "__enter__", RLockAcquire);
        Def.Method(t, "release", RLockRelease);
        Def.Slot(t, "__exit__", RLockExit);
        Def.Method(t, "_is_owned", RLockIsOwned);
        Def.Slot(t, "__repr__", RLockRepr);
        return t;
    }

    private static PyObject NewRLock(PyType type, PyObject[] a, PyDict? k) => new PyRLock(type);

    private static int CurrentId => Environment.CurrentManagedThreadId;

    private static PyObject RLockAcquire(PyObject[] a, PyDict? k)
    {
        var r = (PyRLock)a[0];
        if (r.Count > 0 && r.Owner == CurrentId)
        {
            r.Count++;
            return PyBool.True;
        }
        var timeout = a.Length > 1 || k is not null ? TimeoutMs(a, k) : Timeout.Infinite;
        if (!Acquire(r.Semaphore, timeout))
        {
            return PyBool.False;
        }
        r.Owner = CurrentId;
        r.Count = 1;
        return PyBool.True;
    }

    private static PyObject RLockRelease(PyObject[] a, PyDict? k)
    {
        var r = (PyRLock)a[0];
        if (r.Count == 0 || r.Owner != CurrentId)
        {
            throw Errors.RuntimeError("cannot release un-acquired lock");
        }
        if (--r.Count == 0)
        {
            r.Owner = 0;
            r.Semaphore.Release();
        }
        return PyNone.Instance;
    }

    private static PyObject RLockExit(PyObject[] a, PyDict? k)
    {
        RLockRelease(a, null);
        return PyBool.False;
    }

    private static PyObject RLockIsOwned(PyObject[] a, PyDict? k)
    {
        var r = (PyRLock)a[0];
        return PyBool.From(r.Count > 0 && r.Owner == CurrentId);
    }

    private static PyObject RLockRepr(PyObject[] a, PyDict? k)
    {
        var r = (PyRLock)a[0];
        var state = r.Count > 0 ? "locked" : "unlocked";
        return PyStr.From($"<{state} _thread.RLock object owner={(r.Count > 0 ? r.Owner : 0)} count={r.Count} at 0x{Identity.Of(a[0]):x}>");
    }

    private static PyObject GetIdent(PyObject[] a, PyDict? k) => PyInt.From(CurrentId);

    private static PyObject Count(PyObject[] a, PyDict? k) => PyInt.From(Volatile.Read(ref _threadCount));

    private static PyObject StackSize(PyObject[] a, PyDict? k)
    {
        if (a.Length > 0 && Ops.IndexValue(a[0]) != 0)
        {
            throw Errors.ValueError("setting the stack size is not supported by metapy");
        }
        return PyInt.From(0);
    }

    /// <summary>The sentinel lock of the calling thread: released when the thread's function returns (threading's _tstate_lock).</summary>
    [ThreadStatic]
    private static PyLock? _sentinel;

    private static PyObject SetSentinel(PyObject[] a, PyDict? k)
    {
        // An unlocked lock: threading acquires it at once, and the thread's end releases it.
        var l = new PyLock(LockType);
        _sentinel = l;
        return l;
    }

    /// <summary>start_new_thread(function, args[, kwargs]): a new thread that runs once it gets the GIL.</summary>
    private static PyObject StartNewThread(PyObject[] a, PyDict? k)
    {
        if (a.Length < 2 || a[1] is not PyTuple args)
        {
            throw Errors.TypeError("2nd arg must be a tuple");
        }
        var function = a[0];
        var kwargs = a.Length > 2 ? a[2] as PyDict ?? throw Errors.TypeError("optional 3rd arg must be a dictionary") : null;
        if (!_gilActive)
        {
            // The calling thread is running Python code: it holds the GIL from now on.
            Gil.Wait();
            _gilActive = true;
        }
        var output = PyThreadState.Out;
        var thread = new Thread(() => ThreadMain(function, args, kwargs, output), 256 * 1024 * 1024) { IsBackground = true };
        Interlocked.Increment(ref _threadCount);
        thread.Start();
        return PyInt.From(thread.ManagedThreadId);
    }

    private static void ThreadMain(PyObject function, PyTuple args, PyDict? kwargs, TextWriter output)
    {
        Gil.Wait();
        PyThreadState.Handled = null;
        PyThreadState.Depth = 0;
        PyThreadState.Pending = null;
        PyThreadState.Current = null;
        try
        {
            Ops.Call(function, args.Items, kwargs);
        }
        catch (PyError e) when (!e.Value.Type.IsSubtypeOf(TypeObjects.SystemExit))
        {
            // thread_run: an exception escaping the thread's function is reported, not propagated.
            output.Flush();
            IO.StandardStreams.HostError.Write($"Unhandled exception in thread started by {Ops.Repr(function)}\n" + Runner.FormatException(e.Value));
        }
        catch (PyError)
        {
            // SystemExit ends the thread quietly.
        }
        finally
        {
            if (_sentinel is { } s)
            {
                if (s.Semaphore.CurrentCount == 0)
                {
                    s.Semaphore.Release();
                }
                _sentinel = null;
            }
            Interlocked.Decrement(ref _threadCount);
            Gil.Release();
        }
    }
}
