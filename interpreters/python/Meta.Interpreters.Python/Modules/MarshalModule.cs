using System.Numerics;
using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// marshal (Python/marshal.c, format version 4) for the value types: None, bools, ints (32-bit or
/// base-2**15 digits), floats, complex, str, bytes, tuples, lists, dicts, sets, frozensets,
/// Ellipsis and StopIteration, with back-references on reading. Code objects are not marshalled:
/// metapy's bytecode is its own and it writes no .pyc files. dumps writes no references, so its
/// bytes can be longer than CPython's for repeated objects; loads reads both.
/// </summary>
public static class MarshalModule
{
    private const byte FlagRef = 0x80;

    public static PyModule Create()
    {
        var m = new PyModule("marshal");
        m.Dict.Set("version", PyInt.From(4));
        Def.Function(m.Dict, "dumps", (a, k) => new PyBytes(Dump(a[0])));
        Def.Function(m.Dict, "loads", (a, k) => new Reader(IO.IOBase.BytesLike(a[0])).Read());
        Def.Function(m.Dict, "dump", (a, k) => IO.IOBase.Call(a[1], "write", new PyBytes(Dump(a[0]))));
        Def.Function(m.Dict, "load", (a, k) => new Reader(IO.IOBase.BytesLike(IO.IOBase.Call(a[0], "read"))).Read());
        return m;
    }

    private static byte[] Dump(PyObject value)
    {
        var output = new MemoryStream();
        Write(output, value);
        return output.ToArray();
    }

    private static void Int32(Stream s, long v) => s.Write(BitConverter.GetBytes((int)v));

    private static void Sized(Stream s, char code, byte[] data)
    {
        s.WriteByte((byte)code);
        Int32(s, data.Length);
        s.Write(data);
    }

    private static void Items(Stream s, char code, PyObject[] items)
    {
        s.WriteByte((byte)code);
        Int32(s, items.Length);
        foreach (var item in items)
        {
            Write(s, item);
        }
    }

    private static void Write(Stream s, PyObject value)
    {
        switch (value)
        {
            case PyNone:
                s.WriteByte((byte)'N');
                break;
            case PyBool b:
                s.WriteByte((byte)(b.Value != 0 ? 'T' : 'F'));
                break;
            case PyInt i when i.Value is >= int.MinValue and <= int.MaxValue:
                s.WriteByte((byte)'i');
                Int32(s, i.Value);
                break;
            case PyInt or PyLong:
                WriteLong(s, Ops.ToBig(value));
                break;
            case PyFloat f:
                s.WriteByte((byte)'g');
                s.Write(BitConverter.GetBytes(f.Value));
                break;
            case PyComplex c:
                s.WriteByte((byte)'y');
                s.Write(BitConverter.GetBytes(c.Value.Real));
                s.Write(BitConverter.GetBytes(c.Value.Imaginary));
                break;
            case PyStr str:
                Sized(s, 'u', Codecs.Encode(str.Value, "utf-8", "strict"));
                break;
            case PyBytes bytes:
                Sized(s, 's', bytes.Value);
                break;
            case PyTuple t:
                Items(s, '(', t.Items);
                break;
            case PyList l:
                Items(s, '[', l.ToArray());
                break;
            case PyDict d:
                s.WriteByte((byte)'{');
                foreach (var key in Conversions.ToArray(d))
                {
                    Write(s, key);
                    Write(s, d.Get(key)!);
                }
                s.WriteByte((byte)'0');
                break;
            case PySet set:
                Items(s, set.Type == TypeObjects.FrozenSet ? '>' : '<', Conversions.ToArray(set));
                break;
            case PyEllipsis:
                s.WriteByte((byte)'.');
                break;
            case PyType t when t == TypeObjects.StopIteration:
                s.WriteByte((byte)'S');
                break;
            default:
                throw Errors.ValueError("unmarshallable object");
        }
    }

    /// <summary>w_PyLong: sign and count of base-2**15 digits, then the digits.</summary>
    private static void WriteLong(Stream s, BigInteger v)
    {
        s.WriteByte((byte)'l');
        var digits = new List<ushort>();
        var magnitude = BigInteger.Abs(v);
        while (!magnitude.IsZero)
        {
            digits.Add((ushort)(magnitude & 0x7FFF));
            magnitude >>= 15;
        }
        Int32(s, v.Sign < 0 ? -digits.Count : digits.Count);
        foreach (var d in digits)
        {
            s.Write(BitConverter.GetBytes(d));
        }
    }

    private sealed class Reader(byte[] data)
    {
        private int _pos;
        private readonly List<PyObject?> _refs = [];

        private byte Byte() => _pos < data.Length ? data[_pos++] : throw Errors.New(TypeObjects.EOFError, "EOF read where object expected");

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || _pos + n > data.Length)
            {
                throw Errors.New(TypeObjects.EOFError, "marshal data too short");
            }
            var span = data.AsSpan(_pos, n);
            _pos += n;
            return span;
        }

        private int Int() => BitConverter.ToInt32(Take(4));

        public PyObject Read()
        {
            var code = Byte();
            var flag = (code & FlagRef) != 0;
            var slot = -1;
            if (flag)
            {
                slot = _refs.Count;
                _refs.Add(null);
            }
            var value = ReadValue((char)(code & ~FlagRef));
            if (flag)
            {
                _refs[slot] = value;
            }
            return value;
        }

        private PyObject[] ReadItems(int n)
        {
            var items = new PyObject[n];
            for (var i = 0; i < n; i++)
            {
                items[i] = Read();
            }
            return items;
        }

        private PyObject ReadValue(char code)
        {
            switch (code)
            {
                case 'N': return PyNone.Instance;
                case 'F': return PyBool.False;
                case 'T': return PyBool.True;
                case '.': return PyEllipsis.Instance;
                case 'S': return TypeObjects.StopIteration;
                case 'i': return PyInt.From(Int());
                case 'l':
                    var n = Int();
                    BigInteger v = 0;
                    var digits = Take(Math.Abs(n) * 2).ToArray();
                    for (var i = Math.Abs(n) - 1; i >= 0; i--)
                    {
                        v = (v << 15) | BitConverter.ToUInt16(digits, i * 2);
                    }
                    return PyInt.FromBig(n < 0 ? -v : v);
                case 'g': return new PyFloat(BitConverter.ToDouble(Take(8)));
                case 'y': return new PyComplex(new Complex(BitConverter.ToDouble(Take(8)), BitConverter.ToDouble(Take(8))));
                case 's': return new PyBytes(Take(Int()).ToArray());
                case 'u' or 't': return PyStr.From(Codecs.Decode(Take(Int()).ToArray(), "utf-8", "strict"));
                case 'a' or 'A': return PyStr.From(Encoding.Latin1.GetString(Take(Int())));
                case 'z' or 'Z': return PyStr.From(Encoding.Latin1.GetString(Take(Byte())));
                case ')': return PyTuple.Of(ReadItems(Byte()));
                case '(': return PyTuple.Of(ReadItems(Int()));
                case '[': return new PyList(ReadItems(Int()));
                case '<' or '>':
                    var items = ReadItems(Int());
                    return Ops.Call(code == '<' ? TypeObjects.Set : TypeObjects.FrozenSet, [new PyList(items)]);
                case '{':
                    var d = new PyDict();
                    while (_pos < data.Length && data[_pos] != '0')
                    {
                        var key = Read();
                        d.Set(key, Read());
                    }
                    Byte();
                    return d;
                case 'r':
                    var index = Int();
                    return index >= 0 && index < _refs.Count && _refs[index] is { } r ? r : throw Errors.ValueError("bad marshal data (invalid reference)");
                default:
                    throw Errors.ValueError("bad marshal data (unknown type code)");
            }
        }
    }
}
