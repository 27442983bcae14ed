using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// binascii (Modules/binascii.c): hex (hexlify/unhexlify, b2a_hex/a2b_hex with sep), base64
/// (b2a_base64 with newline, a2b_base64 with strict_mode), uuencode (b2a_uu/a2b_uu), crc32 and
/// crc_hqx, and the Error/Incomplete exceptions. Quoted-printable and binhex are not written yet.
/// </summary>
public static class BinasciiModule
{
    public static readonly PyType Error = new("Error", [TypeObjects.ValueError], module: "binascii");
    public static readonly PyType Incomplete = new("Incomplete", [TypeObjects.Exception], module: "binascii");

    public static PyModule Create()
    {
        var m = new PyModule("binascii");
        var d = m.Dict;
        d.Set("Error", Error);
        d.Set("Incomplete", Incomplete);
        Def.Function(d, "hexlify", B2aHex);
        Def.Function(d, "b2a_hex", B2aHex);
        Def.Function(d, "unhexlify", A2bHex);
        Def.Function(d, "a2b_hex", A2bHex);
        Def.Function(d, "b2a_base64", B2aBase64);
        Def.Function(d, "a2b_base64", A2bBase64);
        Def.Function(d, "b2a_uu", B2aUu);
        Def.Function(d, "a2b_uu", A2bUu);
        Def.Function(d, "crc32", Crc32);
        Def.Function(d, "crc_hqx", CrcHqx);
        return m;
    }

    /// <summary>Bytes-like data, or an ASCII str for the a2b_* functions (ascii_buffer_converter).</summary>
    private static byte[] Data(PyObject o, bool asciiStr)
    {
        if (BytesMethods.BytesLike(o) is { } b)
        {
            return b;
        }
        if (asciiStr && o is PyStr s)
        {
            foreach (var c in s.Value)
            {
                if (c > 0x7F)
                {
                    throw Errors.ValueError("string argument should contain only ASCII characters");
                }
            }
            return Encoding.ASCII.GetBytes(s.Value);
        }
        throw Errors.TypeError(asciiStr
            ? $"argument should be bytes, buffer or ASCII string, not '{o.Type.Name}'"
            : $"a bytes-like object is required, not '{o.Type.Name}'");
    }

    private static PyError Fail(string message) => Errors.New(Error, message);

    private static PyObject B2aHex(PyObject[] a, PyDict? k)
    {
        var data = Data(Def.Arg(a, k, 0, "data") ?? throw Errors.TypeError("hexlify() missing required argument 'data' (pos 1)"), false);
        var sep = Def.Arg(a, k, 1, "sep");
        var perSep = Def.Arg(a, k, 2, "bytes_per_sep") is { } n ? Ops.IndexValue(n) : 1;
        var hex = Convert.ToHexString(data).ToLowerInvariant();
        if (sep is null or PyNone || data.Length == 0)
        {
            return new PyBytes(Encoding.ASCII.GetBytes(hex));
        }
        var sepText = sep is PyStr ss ? ss.Value : Encoding.ASCII.GetString(Data(sep, false));
        if (sepText.Length != 1)
        {
            throw Errors.ValueError("sep must be length 1.");
        }
        // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
        var group = (int)Math.Abs(perSep);
        var sb = new StringBuilder();
        for (var i = 0; i < data.Length; i++)
        {
            var boundary = perSep > 0 ? (data.Length - i) % group == 0 : i % group == 0;
            if (i > 0 && group > 0 && boundary)
            {
                sb.Append(sepText);
            }
            sb.Append(hex, i * 2, 2);
        }
        return new PyBytes(Encoding.ASCII.GetBytes(sb.ToString()));
    }

    private static PyObject A2bHex(PyObject[] a, PyDict? k)
    {
        var data = Data(Def.Arg(a, k, 0, "hexstr") ?? throw Errors.TypeError("unhexlify() missing required argument 'hexstr' (pos 1)"), true);
        if (data.Length % 2 != 0)
        {
            throw Fail("Odd-length string");
        }
        var result = new byte[data.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            var hi = HexValue(data[2 * i]);
            var lo = HexValue(data[(2 * i) + 1]);
            if (hi < 0 || lo < 0)
            {
                throw Fail("Non-hexadecimal digit found");
            }
            result[i] = (byte)((hi << 4) | lo);
        }
        return new PyBytes(result);
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static PyObject B2aBase64(PyObject[] a, PyDict? k)
    {
        var data = Data(a[0], false);
        var newline = k?.Get("newline") is not { } nl || Ops.IsTrue(nl);
        var text = Convert.ToBase64String(data) + (newline ? "\n" : "");
        return new PyBytes(Encoding.ASCII.GetBytes(text));
    }

    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>binascii_a2b_base64_impl: non-alphabet characters are skipped (unless strict), padding ends a quad.</summary>
    private static PyObject A2bBase64(PyObject[] a, PyDict? k)
    {
        var data = Data(a[0], true);
        var strict = k?.Get("strict_mode") is { } sm && Ops.IsTrue(sm);
        var output = new List<byte>();
        var quad = 0;
        var leftChar = 0;
        var pads = 0;
        var padding = false;
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (c == '=')
            {
                padding = true;
                if (quad >= 2 && quad + ++pads >= 4)
                {
                    if (strict && i + 1 < data.Length)
                    {
                        throw Fail("Excess data after padding");
                    }
                    // A completed quad of padding ends the data: what follows is ignored.
                    quad = 0;
                    break;
                }
                else if (strict && quad < 2)
                {
                    throw Fail(i == 0 ? "Leading padding not allowed" : "Discontinuous padding not allowed");
                }
                continue;
            }
            var v = Base64Alphabet.IndexOf((char)c);
            if (v < 0)
            {
                if (strict)
                {
                    throw Fail("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && padding)
            {
                throw Fail("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quad)
            {
                case 0:
                    quad = 1;
                    leftChar = v;
                    break;
                case 1:
                    quad = 2;
                    output.Add((byte)((leftChar << 2) | (v >> 4)));
                    leftChar = v & 0x0F;
                    break;
                case 2:
                    quad = 3;
                    output.Add((byte)((leftChar << 4) | (v >> 2)));
                    leftChar = v & 0x03;
                    break;
                default:
                    quad = 0;
                    output.Add((byte)((leftChar << 6) | v));
                    leftChar = 0;
                    break;
            }
        }
        if (quad != 0)
        {
            if (quad == 1)
            {
                var count = 0;
                foreach (var c in data)
                {
                    if (Base64Alphabet.IndexOf((char)c) >= 0)
                    {
                        count++;
                    }
                }
                throw Fail($"Invalid base64-encoded string: number of data characters ({count}) cannot be 1 more than a multiple of 4");
            }
            throw Fail("Incorrect padding");
        }
        return new PyBytes([.. output]);
    }

    private static PyObject B2aUu(PyObject[] a, PyDict? k)
    {
        var data = Data(a[0], false);
        var backtick = k?.Get("backtick") is { } bt && Ops.IsTrue(bt);
        if (data.Length > 45)
        {
            throw Fail("At most 45 bytes at once");
        }
        byte Enc(int v) => v == 0 && backtick ? (byte)'`' : (byte)(' ' + v);
        var output = new List<byte> { Enc(data.Length & 0x3F) };
        for (var i = 0; i < data.Length; i += 3)
        {
            var b0 = data[i];
            var b1 = i + 1 < data.Length ? data[i + 1] : 0;
            var b2 = i + 2 < data.Length ? data[i + 2] : 0;
            output.Add(Enc(b0 >> 2));
            output.Add(Enc(((b0 << 4) | (b1 >> 4)) & 0x3F));
            output.Add(Enc(((b1 << 2) | (b2 >> 6)) & 0x3F));
            output.Add(Enc(b2 & 0x3F));
        }
        output.Add((byte)'\n');
        return new PyBytes([.. output]);
    }

    private static PyObject A2bUu(PyObject[] a, PyDict? k)
    {
        var data = Data(a[0], true);
        if (data.Length == 0)
        {
            return new PyBytes(new byte[32]);
        }
        var length = (data[0] - ' ') & 0x3F;
        var output = new List<byte>(length);
        var bits = 0;
        var acc = 0;
        var i = 1;
        for (; output.Count < length; i++)
        {
            var c = i < data.Length && data[i] is not ((byte)'\n' or (byte)'\r') ? data[i] : (byte)' ';
            if (c is < (byte)' ' or > (byte)(' ' + 64))
            {
                throw Fail("Illegal char");
            }
            acc = (acc << 6) | ((c - ' ') & 0x3F);
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)((acc >> bits) & 0xFF));
            }
        }
        // What follows the encoded bytes may only be padding.
        for (; i < data.Length; i++)
        {
            var c = data[i];
            if (c is not ((byte)' ' or (byte)'`' or (byte)'\n' or (byte)'\r'))
            {
                if (c != (byte)(' ' + 64))
                {
                    throw Fail("Trailing garbage");
                }
            }
        }
        return new PyBytes([.. output]);
    }

    private static PyObject Crc32(PyObject[] a, PyDict? k)
    {
        var data = Data(a[0], false);
        var crc = a.Length > 1 ? (uint)(Ops.ToBig(a[1]) & uint.MaxValue) : 0u;
        return PyInt.From(Zlib.Checksums.Crc32(data, crc));
    }

    /// <summary>crc_hqx: CRC-CCITT (polynomial 0x1021), as binhex uses it.</summary>
    private static PyObject CrcHqx(PyObject[] a, PyDict? k)
    {
        var data = Data(a[0], false);
        var crc = (uint)(Ops.ToBig(a[1]) & 0xFFFF);
        foreach (var b in data)
        {
            crc ^= (uint)b << 8;
            for (var j = 0; j < 8; j++)
            {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        return PyInt.From(crc);
    }
}
