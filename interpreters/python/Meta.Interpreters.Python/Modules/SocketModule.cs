using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>A socket: its descriptor, family, type, protocol and timeout (negative: blocking without one).</summary>
public sealed class PySocket(PyType type) : PyInstance(type)
{
    public int Fd = -1;
    public int Family;
    public int Kind;
    public int Proto;
    public double Timeout = -1;

    [DllImport("libc")]
    private static extern int close(int fd);

    /// <summary>A socket the program dropped without closing is closed by the collector (sock_finalize).</summary>
    ~PySocket()
    {
        if (Fd >= 0)
        {
            close(Fd);
        }
    }
}

/// <summary>
/// _socket (Modules/socketmodule.c) over the C library's socket calls: the socket type socket.py
/// subclasses (bind, listen, _accept, connect, send/sendall/sendto, recv/recv_into/recvfrom,
/// shutdown, socket options as ints, names, blocking and timeouts by poll(2) as CPython's
/// sock_call does), socketpair, dup, close, gethostname, getaddrinfo (numeric hosts and .NET's
/// resolver), inet_aton/ntoa, byte-order helpers and the Linux constants. AF_INET, AF_INET6 and
/// AF_UNIX addresses.
/// </summary>
public static class SocketModule
{
    public static readonly PyType GaiError = new("gaierror", [TypeObjects.OSError], module: "socket") { IsHeapType = true, NativeNew = TypeObjects.OSError.NativeNew };
    public static readonly PyType HError = new("herror", [TypeObjects.OSError], module: "socket") { IsHeapType = true, NativeNew = TypeObjects.OSError.NativeNew };

    /// <summary>A gaierror with its errno and strerror set, as OSError(code, message) makes them.</summary>
    public static PyError AddressError(int code, string message) => new((PyException)Ops.Call(GaiError, [PyInt.From(code), PyStr.From(message)]));
    public static readonly PyType SocketType = MakeType();

    private static double _defaultTimeout = -1;

    private static class Libc
    {
        [DllImport("libc", SetLastError = true)] public static extern int socket(int domain, int type, int protocol);
        [DllImport("libc", SetLastError = true)] public static extern int socketpair(int domain, int type, int protocol, int[] fds);
        [DllImport("libc", SetLastError = true)] public static extern int bind(int fd, byte[] address, int length);
        [DllImport("libc", SetLastError = true)] public static extern int connect(int fd, byte[] address, int length);
        [DllImport("libc", SetLastError = true)] public static extern int listen(int fd, int backlog);
        [DllImport("libc", SetLastError = true)] public static extern int accept4(int fd, byte[] address, ref int length, int flags);
        [DllImport("libc", SetLastError = true)] public static extern nint send(int fd, byte[] buffer, nint length, int flags);
        [DllImport("libc", SetLastError = true)] public static extern nint sendto(int fd, byte[] buffer, nint length, int flags, byte[] address, int addressLength);
        [DllImport("libc", SetLastError = true)] public static extern nint recvfrom(int fd, byte[] buffer, nint length, int flags, byte[]? address, ref int addressLength);
        [DllImport("libc", SetLastError = true)] public static extern int shutdown(int fd, int how);
        [DllImport("libc", SetLastError = true)] public static extern int setsockopt(int fd, int level, int name, byte[] value, int length);
        [DllImport("libc", SetLastError = true)] public static extern int getsockopt(int fd, int level, int name, byte[] value, ref int length);
        [DllImport("libc", SetLastError = true)] public static extern int getsockname(int fd, byte[] address, ref int length);
        [DllImport("libc", SetLastError = true)] public static extern int getpeername(int fd, byte[] address, ref int length);
        [DllImport("libc", SetLastError = true)] public static extern int close(int fd);
        [DllImport("libc", SetLastError = true)] public static extern int dup(int fd);
        [DllImport("libc", SetLastError = true)] public static extern int fcntl(int fd, int cmd, int arg);
    }

    private static readonly (string Name, long Value)[] Constants =
    [
        ("AF_UNSPEC", 0), ("AF_UNIX", 1), ("AF_INET", 2), ("AF_INET6", 10), ("SOCK_STREAM", 1), ("SOCK_DGRAM", 2), ("SOCK_RAW", 3),
        ("SOCK_SEQPACKET", 5), ("SOCK_NONBLOCK", 2048), ("SOCK_CLOEXEC", 524288), ("SOL_SOCKET", 1), ("SO_DEBUG", 1), ("SO_REUSEADDR", 2),
        ("SO_TYPE", 3), ("SO_ERROR", 4), ("SO_BROADCAST", 6), ("SO_SNDBUF", 7), ("SO_RCVBUF", 8), ("SO_KEEPALIVE", 9), ("SO_LINGER", 13),
        ("SO_REUSEPORT", 15), ("SO_PEERCRED", 17), ("SO_RCVTIMEO", 20), ("SO_SNDTIMEO", 21), ("SO_ACCEPTCONN", 30), ("SOMAXCONN", 4096),
        ("IPPROTO_IP", 0), ("IPPROTO_ICMP", 1), ("IPPROTO_TCP", 6), ("IPPROTO_UDP", 17), ("IPPROTO_IPV6", 41), ("IPPROTO_RAW", 255),
        ("IP_TTL", 2), ("IPV6_V6ONLY", 26), ("TCP_NODELAY", 1), ("TCP_KEEPIDLE", 4), ("TCP_KEEPINTVL", 5), ("TCP_KEEPCNT", 6),
        ("SHUT_RD", 0), ("SHUT_WR", 1), ("SHUT_RDWR", 2), ("MSG_PEEK", 2), ("MSG_DONTWAIT", 64), ("MSG_WAITALL", 256), ("MSG_NOSIGNAL", 16384),
        ("AI_PASSIVE", 1), ("AI_CANONNAME", 2), ("AI_NUMERICHOST", 4), ("AI_V4MAPPED", 8), ("AI_ADDRCONFIG", 32), ("AI_NUMERICSERV", 1024),
        ("NI_NUMERICHOST", 1), ("NI_NUMERICSERV", 2), ("NI_NAMEREQD", 8), ("NI_DGRAM", 16), ("EAI_NONAME", -2), ("EAI_AGAIN", -3),
        ("EAI_FAIL", -4), ("EAI_FAMILY", -6), ("EAI_SERVICE", -8), ("INADDR_ANY", 0), ("INADDR_LOOPBACK", 2130706433),
        ("INADDR_BROADCAST", 4294967295), ("INADDR_NONE", 4294967295),
    ];

    public static PyModule Create()
    {
        var m = new PyModule("_socket");
        var d = m.Dict;
        foreach (var (name, value) in Constants)
        {
            d.Set(name, PyInt.From(value));
        }
        d.Set("socket", SocketType);
        d.Set("SocketType", SocketType);
        d.Set("error", TypeObjects.OSError);
        d.Set("timeout", TypeObjects.TimeoutError);
        d.Set("gaierror", GaiError);
        d.Set("herror", HError);
        d.Set("has_ipv6", PyBool.True);
        Def.Function(d, "socketpair", SocketPair);
        Def.Function(d, "dup", (a, k) => PyInt.From(Cloexec(Checked(Libc.dup(Int(a[0]))))));
        Def.Function(d, "close", (a, k) => { Checked(Libc.close(Int(a[0]))); return PyNone.Instance; });
        Def.Function(d, "gethostname", (a, k) => PyStr.From(Dns.GetHostName()));
        Def.Function(d, "getaddrinfo", GetAddrInfo);
        Def.Function(d, "getdefaulttimeout", (a, k) => _defaultTimeout < 0 ? PyNone.Instance : new PyFloat(_defaultTimeout));
        Def.Function(d, "setdefaulttimeout", (a, k) => { _defaultTimeout = Timeout(a[0]); return PyNone.Instance; });
        Def.Function(d, "inet_aton", (a, k) => IPAddress.TryParse(Ops.Str(a[0]), out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? new PyBytes(ip.GetAddressBytes()) : throw Errors.New(TypeObjects.OSError, "illegal IP address string passed to inet_aton"));
        Def.Function(d, "inet_ntoa", (a, k) => IO.IOBase.BytesLike(a[0]) is { Length: 4 } b ? PyStr.From(new IPAddress(b).ToString()) : throw Errors.New(TypeObjects.OSError, "packed IP wrong length for inet_ntoa"));
        Def.Function(d, "htons", (a, k) => PyInt.From((ushort)IPAddress.HostToNetworkOrder((short)Int(a[0]))));
        Def.Function(d, "ntohs", (a, k) => PyInt.From((ushort)IPAddress.NetworkToHostOrder((short)Int(a[0]))));
        Def.Function(d, "htonl", (a, k) => PyInt.From((uint)IPAddress.HostToNetworkOrder((int)Ops.IndexValue(a[0]))));
        Def.Function(d, "ntohl", (a, k) => PyInt.From((uint)IPAddress.NetworkToHostOrder((int)Ops.IndexValue(a[0]))));
        return m;
    }

    private static int Int(PyObject o) => (int)Ops.IndexValue(o);

    private static int Checked(int result) => result < 0 ? throw PosixModule.Fail() : result;

    /// <summary>New descriptors are not inheritable (PEP 446).</summary>
    private static int Cloexec(int fd)
    {
        Checked(Libc.fcntl(fd, 2, 1));
        return fd;
    }

    private static double Timeout(PyObject o)
    {
        if (o is PyNone)
        {
            return -1;
        }
        var t = Ops.ToDouble(o);
        return t < 0 ? throw Errors.ValueError("Timeout value out of range") : t;
    }

    private static PySocket Self(PyObject o)
    {
        var s = o as PySocket ?? throw Errors.TypeError($"descriptor requires a '_socket.socket' object but received a '{o.Type.Name}'");
        return s.Fd < 0 ? throw OSErrors.OSErrorFromErrno(9, "Bad file descriptor") : s;
    }

    private static PyType MakeType()
    {
        var t = new PyType("socket", [TypeObjects.Object], module: "_socket")
        {
            NativeNew = (type, a, k) => new PySocket(type),
            InstancesHaveDict = true,
        };
        Def.Slot(t, "__init__", Init);
        Def.Method(t, "fileno", (a, k) => PyInt.From(((PySocket)a[0]).Fd));
        Def.Method(t, "close", Close);
        Def.Method(t, "detach", (a, k) => { var s = (PySocket)a[0]; var fd = s.Fd; s.Fd = -1; return PyInt.From(fd); });
        Def.Method(t, "bind", (a, k) => { var s = Self(a[0]); var raw = SocketAddresses.Encode(s.Family, a[1]); Checked(Libc.bind(s.Fd, raw, raw.Length)); return PyNone.Instance; });
        Def.Method(t, "listen", (a, k) => { Checked(Libc.listen(Self(a[0]).Fd, a.Length > 1 ? Int(a[1]) : 128)); return PyNone.Instance; });
        Def.Method(t, "_accept", Accept);
        Def.Method(t, "connect", (a, k) => { var e = Connect(a); return e == 0 ? PyNone.Instance : throw OSErrors.OSErrorFromErrno(e, StrError(e)); });
        Def.Method(t, "connect_ex", (a, k) => PyInt.From(Connect(a)));
        Def.Method(t, "send", (a, k) => PyInt.From(Send(Self(a[0]), IO.IOBase.BytesLike(a[1]), a.Length > 2 ? Int(a[2]) : 0)));
        Def.Method(t, "sendall", SendAll);
        Def.Method(t, "sendto", SendTo);
        Def.Method(t, "recv", (a, k) => new PyBytes(Receive(Self(a[0]), Int(a[1]), a.Length > 2 ? Int(a[2]) : 0, null, out _)));
        Def.Method(t, "recvfrom", RecvFrom);
        Def.Method(t, "recv_into", RecvInto);
        Def.Method(t, "shutdown", (a, k) => { Checked(Libc.shutdown(Self(a[0]).Fd, Int(a[1]))); return PyNone.Instance; });
        Def.Method(t, "setsockopt", SetSockOpt);
        Def.Method(t, "getsockopt", GetSockOpt);
        Def.Method(t, "getsockname", (a, k) => Name(Self(a[0]), Libc.getsockname));
        Def.Method(t, "getpeername", (a, k) => Name(Self(a[0]), Libc.getpeername));
        Def.Method(t, "setblocking", (a, k) => { Self(a[0]).Timeout = Ops.IsTrue(a[1]) ? -1 : 0; return PyNone.Instance; });
        Def.Method(t, "getblocking", (a, k) => PyBool.From(Self(a[0]).Timeout != 0));
        Def.Method(t, "settimeout", (a, k) => { Self(a[0]).Timeout = Timeout(a[1]); return PyNone.Instance; });
        Def.Method(t, "gettimeout", (a, k) => ((PySocket)a[0]).Timeout < 0 ? PyNone.Instance : new PyFloat(((PySocket)a[0]).Timeout));
        IO.IOBase.Getter(t, "family", (a, k) => PyInt.From(((PySocket)a[0]).Family));
        IO.IOBase.Getter(t, "type", (a, k) => PyInt.From(((PySocket)a[0]).Kind));
        IO.IOBase.Getter(t, "proto", (a, k) => PyInt.From(((PySocket)a[0]).Proto));
        IO.IOBase.Getter(t, "timeout", (a, k) => ((PySocket)a[0]).Timeout < 0 ? PyNone.Instance : new PyFloat(((PySocket)a[0]).Timeout));
        return t;
    }

    /// <summary>socket(family=-1, type=-1, proto=-1, fileno=None).</summary>
    private static PyObject Init(PyObject[] a, PyDict? k)
    {
        var s = (PySocket)a[0];
        var family = Def.Arg(a, k, 1, "family") is { } f and not PyNone ? Int(f) : -1;
        var kind = Def.Arg(a, k, 2, "type") is { } ty and not PyNone ? Int(ty) : -1;
        var proto = Def.Arg(a, k, 3, "proto") is { } p and not PyNone ? Int(p) : -1;
        if (Def.Arg(a, k, 4, "fileno") is { } fileno and not PyNone)
        {
            s.Fd = Int(fileno);
            var value = new byte[4];
            var length = 4;
            Checked(Libc.getsockopt(s.Fd, 1, 3, value, ref length));
            kind = kind == -1 ? BitConverter.ToInt32(value) : kind;
            var raw = new byte[128];
            var rawLength = raw.Length;
            Checked(Libc.getsockname(s.Fd, raw, ref rawLength));
            family = family == -1 ? BitConverter.ToUInt16(raw, 0) : family;
        }
        else
        {
            family = family == -1 ? SocketAddresses.Inet : family;
            kind = kind == -1 ? 1 : kind;
            s.Fd = Checked(Libc.socket(family, kind | 524288, proto == -1 ? 0 : proto));
        }
        s.Family = family;
        s.Kind = kind & ~(2048 | 524288);
        s.Proto = proto == -1 ? 0 : proto;
        s.Timeout = _defaultTimeout;
        return PyNone.Instance;
    }

    private static PyObject Close(PyObject[] a, PyDict? k)
    {
        var s = (PySocket)a[0];
        if (s.Fd >= 0)
        {
            var fd = s.Fd;
            s.Fd = -1;
            // socketmodule.c: ECONNRESET from close() is not an error.
            if (Libc.close(fd) < 0 && Marshal.GetLastPInvokeError() != 104)
            {
                throw PosixModule.Fail();
            }
        }
        return PyNone.Instance;
    }

    private static string StrError(int errno) => Marshal.PtrToStringUTF8(PosixStrError(errno)) ?? $"Unknown error {errno}";

    [DllImport("libc", EntryPoint = "strerror")]
    private static extern nint PosixStrError(int errnum);

    /// <summary>sock_call's wait: with a timeout, poll for readiness first and raise TimeoutError when it passes.</summary>
    private static void Wait(PySocket s, bool writing)
    {
        if (s.Timeout <= 0)
        {
            // Blocking sockets block in the call itself; non-blocking ones fail with EAGAIN.
            return;
        }
        var poll = new byte[8];
        BitConverter.GetBytes(s.Fd).CopyTo(poll, 0);
        BitConverter.GetBytes((short)(writing ? 4 : 1)).CopyTo(poll, 4);
        if (SelectPoll(poll, 1, (int)Math.Ceiling(s.Timeout * 1000)) == 0)
        {
            throw Errors.New(TypeObjects.TimeoutError, "timed out");
        }
    }

    [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static extern int SelectPoll(byte[] fds, ulong count, int timeout);

    private static int Flags(PySocket s, int flags) => s.Timeout == 0 ? flags | 64 : flags;

    private static PyObject Accept(PyObject[] a, PyDict? k)
    {
        var s = Self(a[0]);
        Wait(s, false);
        var raw = new byte[128];
        var length = raw.Length;
        var fd = Checked(Libc.accept4(s.Fd, raw, ref length, 524288));
        return PyTuple.Of(PyInt.From(fd), SocketAddresses.Decode(raw, length));
    }

    private static int Connect(PyObject[] a)
    {
        var s = Self(a[0]);
        var raw = SocketAddresses.Encode(s.Family, a[1]);
        if (Libc.connect(s.Fd, raw, raw.Length) == 0)
        {
            return 0;
        }
        var errno = Marshal.GetLastPInvokeError();
        if (errno == 115 && s.Timeout > 0)
        {
            Wait(s, true);
            var value = new byte[4];
            var length = 4;
            Checked(Libc.getsockopt(s.Fd, 1, 4, value, ref length));
            return BitConverter.ToInt32(value);
        }
        return errno;
    }

    private static int Send(PySocket s, byte[] data, int flags)
    {
        Wait(s, true);
        var n = Libc.send(s.Fd, data, data.Length, Flags(s, flags) | 16384);
        return n < 0 ? throw PosixModule.Fail() : (int)n;
    }

    private static PyObject SendAll(PyObject[] a, PyDict? k)
    {
        var s = Self(a[0]);
        var data = IO.IOBase.BytesLike(a[1]);
        var flags = a.Length > 2 ? Int(a[2]) : 0;
        var done = 0;
        while (done < data.Length)
        {
            done += Send(s, data[done..], flags);
        }
        return PyNone.Instance;
    }

    private static PyObject SendTo(PyObject[] a, PyDict? k)
    {
        var s = Self(a[0]);
        var data = IO.IOBase.BytesLike(a[1]);
        var flags = a.Length > 3 ? Int(a[2]) : 0;
        var raw = SocketAddresses.Encode(s.Family, a[^1]);
        Wait(s, true);
        var n = Libc.sendto(s.Fd, data, data.Length, Flags(s, flags), raw, raw.Length);
        return n < 0 ? throw PosixModule.Fail() : PyInt.From(n);
    }

    private static byte[] Receive(PySocket s, int size, int flags, byte[]? address, out int addressLength)
    {
        if (size < 0)
        {
            throw Errors.ValueError("negative buffersize in recv");
        }
        Wait(s, false);
        var buffer = new byte[size];
        addressLength = address?.Length ?? 0;
        var n = Libc.recvfrom(s.Fd, buffer, size, Flags(s, flags), address, ref addressLength);
        return n < 0 ? throw PosixModule.Fail() : buffer[..(int)n];
    }

    private static PyObject RecvFrom(PyObject[] a, PyDict? k)
    {
        var s = Self(a[0]);
        var address = new byte[128];
        var data = Receive(s, Int(a[1]), a.Length > 2 ? Int(a[2]) : 0, address, out var length);
        return PyTuple.Of(new PyBytes(data), SocketAddresses.Decode(address, length));
    }

    private static PyObject RecvInto(PyObject[] a, PyDict? k)
    {
        var s = Self(a[0]);
        var size = a.Length > 2 && Int(a[2]) > 0 ? Int(a[2]) : IO.IOBase.BufferLength(a[1]);
        var data = Receive(s, size, a.Length > 3 ? Int(a[3]) : 0, null, out _);
        IO.IOBase.FillBuffer(a[1], data, data.Length);
        return PyInt.From(data.Length);
    }

    private static PyObject SetSockOpt(PyObject[] a, PyDict? k)
    {
        var s = Self(a[0]);
        var value = Ops.IsInt(a[3]) ? BitConverter.GetBytes(Int(a[3])) : IO.IOBase.BytesLike(a[3]);
        Checked(Libc.setsockopt(s.Fd, Int(a[1]), Int(a[2]), value, value.Length));
        return PyNone.Instance;
    }

    private static PyObject GetSockOpt(PyObject[] a, PyDict? k)
    {
        var s = Self(a[0]);
        var size = a.Length > 3 ? Int(a[3]) : 4;
        var value = new byte[Math.Max(size, 4)];
        var length = size;
        Checked(Libc.getsockopt(s.Fd, Int(a[1]), Int(a[2]), value, ref length));
        return a.Length > 3 ? new PyBytes(value[..length]) : PyInt.From(BitConverter.ToInt32(value));
    }

    private delegate int NameCall(int fd, byte[] address, ref int length);

    private static PyObject Name(PySocket s, NameCall call)
    {
        var raw = new byte[128];
        var length = raw.Length;
        Checked(call(s.Fd, raw, ref length));
        return SocketAddresses.Decode(raw, length);
    }

    private static PyObject SocketPair(PyObject[] a, PyDict? k)
    {
        var family = a.Length > 0 ? Int(a[0]) : SocketAddresses.Unix;
        var kind = a.Length > 1 ? Int(a[1]) : 1;
        var proto = a.Length > 2 ? Int(a[2]) : 0;
        var fds = new int[2];
        Checked(Libc.socketpair(family, kind | 524288, proto, fds));
        PyObject Make(int fd) => new PySocket(SocketType) { Fd = fd, Family = family, Kind = kind, Proto = proto, Timeout = _defaultTimeout };
        return PyTuple.Of(Make(fds[0]), Make(fds[1]));
    }

    /// <summary>getaddrinfo(host, port, family=0, type=0, proto=0, flags=0): one entry per address and socket type.</summary>
    private static PyObject GetAddrInfo(PyObject[] a, PyDict? k)
    {
        var host = Def.Arg(a, k, 0, "host") ?? PyNone.Instance;
        var portObj = Def.Arg(a, k, 1, "port") ?? PyNone.Instance;
        var family = Def.Arg(a, k, 2, "family") is { } f ? Int(f) : 0;
        var kind = Def.Arg(a, k, 3, "type") is { } t ? Int(t) : 0;
        var proto = Def.Arg(a, k, 4, "proto") is { } p ? Int(p) : 0;
        var flags = Def.Arg(a, k, 5, "flags") is { } fl ? Int(fl) : 0;
        var port = portObj switch
        {
            PyNone => 0,
            PyStr s when int.TryParse(s.Value, out var n) => n,
            PyBytes b when int.TryParse(Encoding.ASCII.GetString(b.Value), out var n) => n,
            PyStr or PyBytes => throw AddressError(-8, "Servname not supported for ai_socktype"),
            _ => Int(portObj),
        };
        IPAddress[] addresses;
        if (host is PyNone)
        {
            addresses = (flags & 1) != 0 ? [IPAddress.Any, IPAddress.IPv6Any] : [IPAddress.Loopback, IPAddress.IPv6Loopback];
        }
        else
        {
            var name = host is PyBytes hb ? Encoding.ASCII.GetString(hb.Value) : Ops.Str(host);
            if (IPAddress.TryParse(name, out var ip))
            {
                addresses = [ip];
            }
            else if ((flags & 4) != 0)
            {
                throw SocketAddresses.NameError();
            }
            else
            {
                try
                {
                    addresses = Dns.GetHostAddresses(name);
                }
                catch (System.Net.Sockets.SocketException)
                {
                    throw SocketAddresses.NameError();
                }
            }
        }
        var result = new PyList();
        foreach (var address in addresses)
        {
            var addressFamily = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? SocketAddresses.Inet : SocketAddresses.Inet6;
            if (family != 0 && family != addressFamily)
            {
                continue;
            }
            foreach (var (socketKind, protocol) in new[] { (1, 6), (2, 17), (3, 0) })
            {
                if ((kind != 0 && kind != socketKind) || (proto != 0 && proto != protocol))
                {
                    continue;
                }
                PyObject sockaddr = addressFamily == SocketAddresses.Inet
                    ? PyTuple.Of(PyStr.From(address.ToString()), PyInt.From(port))
                    : PyTuple.Of(PyStr.From(address.ToString()), PyInt.From(port), PyInt.From(0), PyInt.From(0));
                result.Append(PyTuple.Of(PyInt.From(addressFamily), PyInt.From(socketKind), PyInt.From(protocol), PyStr.From(""), sockaddr));
            }
        }
        if (result.Count == 0)
        {
            throw AddressError(-9, "Address family for hostname not supported");
        }
        return result;
    }
}
