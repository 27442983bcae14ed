using System.Runtime.InteropServices;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>The registered descriptors of a select.poll object, in registration order.</summary>
public sealed class PyPoll(PyType type) : PyObject
{
    public readonly List<(int Fd, short Events)> Registered = [];

    public override PyType Type => type;
}

/// <summary>
/// select (Modules/selectmodule.c) over poll(2): select.select for objects that are descriptors or
/// have fileno(), and the poll object (register, modify, unregister, poll). There is no epoll, so
/// selectors.DefaultSelector is its PollSelector.
/// </summary>
public static class SelectModule
{
    private const short PollIn = 0x1, PollPri = 0x2, PollOut = 0x4, PollErr = 0x8, PollHup = 0x10;

    public static readonly PyType PollType = MakePollType();

    private static class Libc
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int poll(byte[] fds, ulong count, int timeout);
    }

    public static PyModule Create()
    {
        var m = new PyModule("select");
        var d = m.Dict;
        d.Set("error", TypeObjects.OSError);
        foreach (var (name, value) in new[] { ("POLLIN", 0x1), ("POLLPRI", 0x2), ("POLLOUT", 0x4), ("POLLERR", 0x8), ("POLLHUP", 0x10), ("POLLNVAL", 0x20),
            ("POLLRDNORM", 0x40), ("POLLRDBAND", 0x80), ("POLLWRNORM", 0x100), ("POLLWRBAND", 0x200), ("POLLMSG", 0x400), ("POLLRDHUP", 0x2000), ("PIPE_BUF", 4096) })
        {
            d.Set(name, PyInt.From(value));
        }
        Def.Function(d, "select", Select);
        Def.Function(d, "poll", (a, k) => new PyPoll(PollType));
        return m;
    }

    /// <summary>True when <paramref name="fd"/> has input (or hung up) within <paramref name="timeoutMs"/>.</summary>
    public static bool WaitReadable(int fd, int timeoutMs) => Poll([(fd, PollIn)], timeoutMs).Count > 0;

    /// <summary>poll(2), retried on EINTR; the descriptors with events.</summary>
    private static List<(int Fd, short Events)> Poll(List<(int Fd, short Events)> fds, int timeoutMs)
    {
        var buffer = new byte[fds.Count * 8];
        for (var i = 0; i < fds.Count; i++)
        {
            BitConverter.GetBytes(fds[i].Fd).CopyTo(buffer, i * 8);
            BitConverter.GetBytes(fds[i].Events).CopyTo(buffer, i * 8 + 4);
        }
        int n;
        while ((n = Libc.poll(buffer, (ulong)fds.Count, timeoutMs)) < 0)
        {
            if (Marshal.GetLastPInvokeError() != 4)
            {
                throw PosixModule.Fail();
            }
        }
        var ready = new List<(int, short)>();
        for (var i = 0; i < fds.Count && n > 0; i++)
        {
            var revents = BitConverter.ToInt16(buffer, i * 8 + 6);
            if (revents != 0)
            {
                ready.Add((fds[i].Fd, revents));
            }
        }
        return ready;
    }

    /// <summary>PyObject_AsFileDescriptor: an int, or the result of fileno().</summary>
    private static int Descriptor(PyObject o)
    {
        var fd = Ops.IsInt(o) ? Ops.IndexValue(o) : Ops.TryGetAttr(o, "fileno") is { } fileno ? Ops.IndexValue(Ops.Call(fileno, [])) : throw Errors.TypeError("argument must be an int, or have a fileno() method.");
        return fd < 0 ? throw Errors.ValueError($"file descriptor cannot be a negative integer ({fd})") : (int)fd;
    }

    /// <summary>A timeout in seconds (None: forever) as poll's milliseconds, rounded up.</summary>
    private static int Milliseconds(PyObject? timeout, double scale)
    {
        if (timeout is null or PyNone)
        {
            return -1;
        }
        var value = Ops.ToDouble(timeout) * scale;
        return value < 0 ? -1 : (int)Math.Min(int.MaxValue, Math.Ceiling(value));
    }

    /// <summary>select(rlist, wlist, xlist[, timeout]): the ready objects of each list.</summary>
    private static PyObject Select(PyObject[] a, PyDict? k)
    {
        var lists = new PyObject[3][];
        for (var i = 0; i < 3; i++)
        {
            lists[i] = Conversions.ToArray(a[i]);
        }
        var timeout = a.Length > 3 ? a[3] : null;
        if (timeout is not null and not PyNone && Ops.ToDouble(timeout) < 0)
        {
            throw Errors.ValueError("timeout must be non-negative");
        }
        var masks = new[] { PollIn, PollOut, PollPri };
        var fds = new List<(int, short)>();
        for (var i = 0; i < 3; i++)
        {
            foreach (var o in lists[i])
            {
                fds.Add((Descriptor(o), masks[i]));
            }
        }
        var ready = Poll(fds, Milliseconds(timeout, 1000));
        var result = new PyObject[3];
        for (var i = 0; i < 3; i++)
        {
            var matched = new PyList();
            var wanted = i == 0 ? PollIn | PollHup | PollErr : i == 1 ? PollOut | PollErr : PollPri;
            foreach (var o in lists[i])
            {
                var fd = Descriptor(o);
                if (ready.Exists(r => r.Fd == fd && (r.Events & wanted) != 0))
                {
                    matched.Append(o);
                }
            }
            result[i] = matched;
        }
        return PyTuple.Of(result);
    }

    private static PyType MakePollType()
    {
        var t = new PyType("poll", [TypeObjects.Object], module: "select");
        Def.Method(t, "register", (a, k) => Register(a, false));
        Def.Method(t, "modify", (a, k) => Register(a, true));
        Def.Method(t, "unregister", Unregister);
        Def.Method(t, "poll", PollMethod);
        return t;
    }

    private static PyObject Register(PyObject[] a, bool modify)
    {
        var p = (PyPoll)a[0];
        var fd = Descriptor(a[1]);
        var events = a.Length > 2 ? (short)Ops.IndexValue(a[2]) : (short)(PollIn | PollPri | PollOut);
        var index = p.Registered.FindIndex(r => r.Fd == fd);
        if (modify && index < 0)
        {
            throw OSErrors.OSErrorFromErrno(2, "No such file or directory");
        }
        if (index >= 0)
        {
            p.Registered[index] = (fd, events);
        }
        else
        {
            p.Registered.Add((fd, events));
        }
        return PyNone.Instance;
    }

    private static PyObject Unregister(PyObject[] a, PyDict? k)
    {
        var p = (PyPoll)a[0];
        var fd = Descriptor(a[1]);
        return p.Registered.RemoveAll(r => r.Fd == fd) > 0 ? PyNone.Instance : throw Errors.KeyError(PyInt.From(fd));
    }

    private static PyObject PollMethod(PyObject[] a, PyDict? k)
    {
        var p = (PyPoll)a[0];
        var result = new PyList();
        foreach (var (fd, events) in Poll(p.Registered, Milliseconds(a.Length > 1 ? a[1] : null, 1)))
        {
            result.Append(PyTuple.Of(PyInt.From(fd), PyInt.From((ushort)events)));
        }
        return result;
    }
}
