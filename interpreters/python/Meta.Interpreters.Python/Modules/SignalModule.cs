using System.Runtime.InteropServices;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _signal (Modules/signalmodule.c): the Linux signal numbers, signal/getsignal with CPython's
/// checks and initial handlers (SIGINT: default_int_handler, SIGPIPE ignored), strsignal,
/// valid_signals, raise_signal, set_wakeup_fd. metapy's dispatch loop has no eval breaker, so a
/// Python handler runs when the program raises its signal (raise_signal) rather than when the
/// process receives it from outside; SIG_IGN is honoured for outside signals .NET can catch.
/// The interactive loop turns Ctrl-C while waiting for input into KeyboardInterrupt
/// (<see cref="WaitForInput"/>).
/// </summary>
public static class SignalModule
{
    private const int SigDfl = 0, SigIgn = 1, SigInt = 2, NSig = 65;

    private static readonly (string Name, int Number)[] Signals =
    [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
        ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13),
        ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19),
        ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25),
        ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30),
        ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    ];

    private static readonly Dictionary<int, PyObject> Handlers = [];
    private static readonly Dictionary<int, PosixSignalRegistration> Ignored = [];
    private static int _wakeupFd = -1;

    public static readonly PyBuiltinFunction DefaultIntHandler = new("default_int_handler", (a, k) => throw new PyException(TypeObjects.KeyboardInterrupt, PyTuple.Empty).ToError());

    /// <summary>Set by Ctrl-C while the interactive loop waits for a line.</summary>
    private static volatile bool _interrupted;

    /// <summary>True while the interactive loop prompts and waits for a line.</summary>
    private static volatile bool _waitingForInput;

    /// <summary>For the interactive loop's lifetime: Ctrl-C while it waits for input is noted (and becomes
    /// KeyboardInterrupt in <see cref="WaitForInput"/>); Ctrl-C during a computation keeps its default action.</summary>
    public static IDisposable InteractiveInterrupts() => PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
    {
        context.Cancel = _waitingForInput;
        _interrupted = _waitingForInput;
    });

    /// <summary>Marks the start (before the prompt is written) or the end of waiting for input.</summary>
    public static void Waiting(bool waiting)
    {
        _interrupted = false;
        _waitingForInput = waiting;
    }

    /// <summary>Waits until <paramref name="fd"/> is readable, or raises KeyboardInterrupt for a Ctrl-C since <see cref="Waiting"/>.</summary>
    public static void WaitForInput(int fd)
    {
        while (!_interrupted && !SelectModule.WaitReadable(fd, 100))
        {
        }
        if (_interrupted)
        {
            _interrupted = false;
            throw new PyException(TypeObjects.KeyboardInterrupt, PyTuple.Empty).ToError();
        }
    }

    private static class Libc
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int raise(int sig);

        [DllImport("libc")]
        public static extern nint strsignal(int sig);
    }

    public static PyModule Create()
    {
        var m = new PyModule("_signal");
        var d = m.Dict;
        foreach (var (name, number) in Signals)
        {
            d.Set(name, PyInt.From(number));
        }
        foreach (var (name, value) in new[] { ("SIG_DFL", SigDfl), ("SIG_IGN", SigIgn), ("NSIG", NSig), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2), ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2) })
        {
            d.Set(name, PyInt.From(value));
        }
        d.Set("default_int_handler", DefaultIntHandler);
        d.Set("ItimerError", TypeObjects.OSError);
        Def.Function(d, "signal", SetHandler);
        Def.Function(d, "getsignal", (a, k) => Handler(Number(a[0])));
        Def.Function(d, "raise_signal", RaiseSignal);
        Def.Function(d, "strsignal", StrSignal);
        Def.Function(d, "valid_signals", ValidSignals);
        Def.Function(d, "set_wakeup_fd", SetWakeupFd);
        Def.Function(d, "siginterrupt", (a, k) => { Number(a[0]); return PyNone.Instance; });
        return m;
    }

    /// <summary>The handlers a process starts with (signal_install_handlers): SIGINT raises KeyboardInterrupt, SIGPIPE is ignored.</summary>
    public static void Reset()
    {
        Handlers.Clear();
        foreach (var registration in Ignored.Values)
        {
            registration.Dispose();
        }
        Ignored.Clear();
        Handlers[SigInt] = DefaultIntHandler;
        Handlers[13] = PyInt.From(SigIgn);
        _wakeupFd = -1;
    }

    private static PyObject Handler(int number)
    {
        if (Handlers.Count == 0)
        {
            Reset();
        }
        return Handlers.TryGetValue(number, out var h) ? h : PyInt.From(SigDfl);
    }

    private static int Number(PyObject o)
    {
        var n = Ops.IndexValue(o);
        return n is < 1 or >= NSig ? throw Errors.ValueError("signal number out of range") : (int)n;
    }

    private static PyObject SetHandler(PyObject[] a, PyDict? k)
    {
        var number = Number(a[0]);
        var handler = a[1];
        var isConstant = Ops.IsInt(handler) && Ops.IndexValue(handler) is SigDfl or SigIgn;
        if (!isConstant && !Ops.IsTrue(Ops.Call(BuiltinModule.Dict.Get("callable")!, [handler])))
        {
            throw Errors.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        if (number is 9 or 19 or 32 or 33)
        {
            throw OSErrors.OSErrorFromErrno(22, "Invalid argument");
        }
        var old = Handler(number);
        Handlers[number] = handler;
        if (Ignored.Remove(number, out var registration))
        {
            registration.Dispose();
        }
        if (isConstant && Ops.IndexValue(handler) == SigIgn && number is 1 or 2 or 3 or 15)
        {
            // A raw signal number is a valid PosixSignal on Unix.
            Ignored[number] = PosixSignalRegistration.Create((PosixSignal)number, context => context.Cancel = true);
        }
        return old;
    }

    /// <summary>raise_signal: the handler runs now (metapy checks for signals only here); the default action of SIGINT is KeyboardInterrupt.</summary>
    private static PyObject RaiseSignal(PyObject[] a, PyDict? k)
    {
        var number = Number(a[0]);
        var handler = Handler(number);
        if (Ops.IsInt(handler))
        {
            if (Ops.IndexValue(handler) == SigIgn)
            {
                return PyNone.Instance;
            }
            if (Libc.raise(number) != 0)
            {
                throw OSErrors.OSErrorFromErrno(22, "Invalid argument");
            }
            return PyNone.Instance;
        }
        Ops.Call(handler, [PyInt.From(number), PyNone.Instance]);
        return PyNone.Instance;
    }

    private static PyObject StrSignal(PyObject[] a, PyDict? k)
    {
        var number = Number(a[0]);
        var text = Marshal.PtrToStringUTF8(Libc.strsignal(number));
        return text is null || text.StartsWith("Unknown signal", StringComparison.Ordinal) || text.StartsWith("Real-time signal", StringComparison.Ordinal) ? PyNone.Instance : PyStr.From(text);
    }

    private static PyObject ValidSignals(PyObject[] a, PyDict? k)
    {
        var set = new PyList();
        for (var i = 1; i < NSig; i++)
        {
            if (i is not (32 or 33))
            {
                set.Append(PyInt.From(i));
            }
        }
        return Ops.Call(TypeObjects.Set, [set]);
    }

    private static PyObject SetWakeupFd(PyObject[] a, PyDict? k)
    {
        var old = _wakeupFd;
        _wakeupFd = (int)Ops.IndexValue(a[0]);
        return PyInt.From(old);
    }
}
