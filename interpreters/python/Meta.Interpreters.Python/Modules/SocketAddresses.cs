using System.Net;
using System.Net.Sockets;
using System.Text;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// Python socket addresses to and from Linux sockaddr bytes (socketmodule.c's getsockaddrarg and
/// makesockaddr): AF_INET (host, port), AF_INET6 (host, port, flowinfo, scope_id), AF_UNIX path.
/// Host names are resolved through .NET's resolver ('' is INADDR_ANY, '&lt;broadcast&gt;' INADDR_BROADCAST).
/// </summary>
public static class SocketAddresses
{
    public const int Unix = 1, Inet = 2, Inet6 = 10;

    public static byte[] Encode(int family, PyObject address)
    {
        switch (family)
        {
            case Unix:
                var path = address is PyBytes b ? b.Value : Encoding.UTF8.GetBytes(Ops.Str(address));
                var un = new byte[110];
                BitConverter.GetBytes((ushort)Unix).CopyTo(un, 0);
                if (path.Length > 107)
                {
                    throw Errors.New(TypeObjects.OSError, "AF_UNIX path too long");
                }
                path.CopyTo(un, 2);
                return un[..(2 + path.Length + (path.Length > 0 && path[0] == 0 ? 0 : 1))];
            case Inet or Inet6:
                if (address is not PyTuple { Items.Length: >= 2 } t || t.Items[0] is not PyStr host)
                {
                    throw Errors.TypeError($"{(family == Inet ? "AF_INET" : "AF_INET6")} address must be tuple, not {address.Type.Name}");
                }
                var port = Ops.IndexValue(t.Items[1]);
                if (port is < 0 or > 65535)
                {
                    throw Errors.OverflowError("getsockaddrarg: port must be 0-65535.");
                }
                var ip = Resolve(host.Value, family);
                var raw = new byte[family == Inet ? 16 : 28];
                BitConverter.GetBytes((ushort)family).CopyTo(raw, 0);
                raw[2] = (byte)(port >> 8);
                raw[3] = (byte)port;
                if (family == Inet)
                {
                    ip.GetAddressBytes().CopyTo(raw, 4);
                }
                else
                {
                    ip.GetAddressBytes().CopyTo(raw, 8);
                    BitConverter.GetBytes((uint)(t.Items.Length > 3 ? Ops.IndexValue(t.Items[3]) : 0)).CopyTo(raw, 24);
                }
                return raw;
            default:
                throw Errors.New(TypeObjects.OSError, $"address family {family} is not supported by metapy");
        }
    }

    public static IPAddress Resolve(string host, int family)
    {
        if (host.Length == 0)
        {
            return family == Inet ? IPAddress.Any : IPAddress.IPv6Any;
        }
        if (host == "<broadcast>")
        {
            return IPAddress.Broadcast;
        }
        if (IPAddress.TryParse(host, out var parsed) && (parsed.AddressFamily == AddressFamily.InterNetwork) == (family == Inet))
        {
            return parsed;
        }
        try
        {
            var wanted = family == Inet ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;
            return Dns.GetHostAddresses(host).FirstOrDefault(a => a.AddressFamily == wanted) ?? throw NameError();
        }
        catch (SocketException)
        {
            throw NameError();
        }
    }

    public static PyError NameError() => SocketModule.AddressError(-2, "Name or service not known");

    public static PyObject Decode(byte[] raw, int length)
    {
        if (length < 2)
        {
            return PyNone.Instance;
        }
        var family = BitConverter.ToUInt16(raw, 0);
        var port = (raw[2] << 8) | raw[3];
        switch (family)
        {
            case Inet:
                return PyTuple.Of(PyStr.From(new IPAddress(raw[4..8]).ToString()), PyInt.From(port));
            case Inet6:
                return PyTuple.Of(PyStr.From(new IPAddress(raw[8..24]).ToString()), PyInt.From(port),
                    PyInt.From(BitConverter.ToUInt32(raw, 4)), PyInt.From(BitConverter.ToUInt32(raw, 24)));
            case Unix:
                var path = raw.AsSpan(2, length - 2);
                if (path.Length > 0 && path[0] == 0)
                {
                    return new PyBytes(path.ToArray());
                }
                var nul = path.IndexOf((byte)0);
                return PyStr.From(Codecs.Decode((nul >= 0 ? path[..nul] : path).ToArray(), "utf-8", "surrogateescape"));
            default:
                return PyTuple.Of(PyInt.From(family), new PyBytes(raw[2..length]));
        }
    }
}
