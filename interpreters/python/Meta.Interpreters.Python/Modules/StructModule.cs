using System.Numerics;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _struct (Modules/_struct.c): formats with a byte-order prefix (@ native with alignment, = &lt;
/// &gt; ! standard sizes) and the codes x c b B ? h H i I l L q Q n N e f d s p P; pack, unpack,
/// calcsize, pack_into, unpack_from, iter_unpack, the Struct type and struct.error, with
/// CPython's messages. Native sizes are those of Linux x86-64.
/// </summary>
public static class StructModule
{
    public static readonly PyType Error = new("error", [TypeObjects.Exception], module: "struct");
    public static readonly PyType StructType = MakeStructType();
    public static readonly PyType UnpackIteratorType = new("unpack_iterator", [TypeObjects.Iterator], module: "_struct");

    private sealed record Item(char Code, int Count, int Offset, int Size);

    private sealed class Layout(string format, Item[] items, int size, bool little, bool native)
    {
        public readonly bool Native = native;
        public readonly string Format = format;
        public readonly Item[] Items = items;
        public readonly int Size = size;
        public readonly bool Little = little;

        /// <summary>How many Python values pack/unpack take (s and p take one each, x none).</summary>
        public int Values
        {
            get
            {
                var n = 0;
                foreach (var it in Items)
                {
                    n += it.Code is 's' or 'p' ? 1 : it.Code == 'x' ? 0 : it.Count;
                }
                return n;
            }
        }
    }

    public static PyModule Create()
    {
        var m = new PyModule("_struct");
        var d = m.Dict;
        d.Set("error", Error);
        d.Set("Struct", StructType);
        Def.Function(d, "pack", Pack);
        Def.Function(d, "unpack", Unpack);
        Def.Function(d, "calcsize", CalcSize);
        Def.Function(d, "pack_into", PackInto);
        Def.Function(d, "unpack_from", UnpackFrom);
        Def.Function(d, "iter_unpack", IterUnpack);
        Def.Function(d, "_clearcache", ClearCache);
        return m;
    }

    private static PyError StructError(string message) => Errors.New(Error, message);

    private static readonly Dictionary<string, Layout> Cache = [];

    private static PyObject ClearCache(PyObject[] a, PyDict? k)
    {
        Cache.Clear();
        return PyNone.Instance;
    }

    private static int StandardSize(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'l' or 'L' or 'f' => 4,
        'q' or 'Q' or 'd' => 8,
        _ => -1,
    };

    private static int NativeSize(char c) => c switch
    {
        'l' or 'L' or 'n' or 'N' or 'P' => 8,
        _ => StandardSize(c),
    };

    /// <summary>prepare_s: sizes, offsets and native alignment of every item.</summary>
    private static Layout Parse(PyObject formatObj)
    {
        var format = formatObj switch
        {
            PyStr s => s.Value,
            PyBytes b => Codecs.Decode(b.Value, "latin-1", "strict"),
            _ => throw Errors.TypeError($"Struct() argument 1 must be a str or bytes object, not {formatObj.Type.Name}"),
        };
        if (Cache.TryGetValue(format, out var cached))
        {
            return cached;
        }
        var i = 0;
        var native = true;
        var little = BitConverter.IsLittleEndian;
        if (format.Length > 0 && format[0] is '@' or '=' or '<' or '>' or '!')
        {
            native = format[0] == '@';
            little = format[0] switch { '<' => true, '>' or '!' => false, _ => BitConverter.IsLittleEndian };
            i = 1;
        }
        var items = new List<Item>();
        var offset = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var count = 1;
            if (char.IsAsciiDigit(c))
            {
                long n = 0;
                while (i < format.Length && char.IsAsciiDigit(format[i]))
                {
                    n = (n * 10) + (format[i++] - '0');
                    if (n > int.MaxValue)
                    {
                        throw StructError("total struct size too long");
                    }
                }
                if (i >= format.Length)
                {
                    throw StructError("repeat count given without format specifier");
                }
                count = (int)n;
                c = format[i];
            }
            i++;
            var size = native ? NativeSize(c) : StandardSize(c);
            if (size < 0 || (!native && c is 'n' or 'N' or 'P'))
            {
                throw StructError("bad char in struct format");
            }
            if (native && c is not ('x' or 'c' or 'b' or 'B' or '?' or 's' or 'p') && offset % size != 0)
            {
                offset += size - (offset % size);
            }
            items.Add(new Item(c, count, offset, size));
            offset += c is 's' or 'p' ? count : size * count;
        }
        var layout = new Layout(format, [.. items], offset, little, native);
        if (Cache.Count > 100)
        {
            Cache.Clear();
        }
        Cache[format] = layout;
        return layout;
    }

    private static PyObject CalcSize(PyObject[] a, PyDict? k) => PyInt.From(Parse(a[0]).Size);

    // ---- packing -------------------------------------------------------------------------------

    private static BigInteger IntArg(PyObject v)
    {
        if (Ops.IsInt(v))
        {
            return Ops.ToBig(v);
        }
        if (v.Type.Lookup("__index__") is not null)
        {
            return new BigInteger(Ops.IndexValue(v));
        }
        throw StructError("required argument is not an integer");
    }

    private static string RangeMessage(char code, BigInteger lo, BigInteger hi) => code switch
    {
        'b' => "byte format requires -128 <= number <= 127",
        'B' => "ubyte format requires 0 <= number <= 255",
        'h' => "short format requires -32768 <= number <= 32767",
        'H' => "ushort format requires 0 <= number <= 65535",
        _ when hi > uint.MaxValue => "argument out of range",
        _ => $"'{code}' format requires {lo} <= number <= {hi}",
    };

    private static void PackOne(Layout layout, Item item, int index, PyObject v, Span<byte> buf)
    {
        var at = buf[(item.Offset + (index * item.Size))..];
        switch (item.Code)
        {
            case 'c':
                if (v is not PyBytes { Value.Length: 1 } cb)
                {
                    throw StructError("char format requires a bytes object of length 1");
                }
                at[0] = cb.Value[0];
                return;
            case '?':
                at[0] = Ops.IsTrue(v) ? (byte)1 : (byte)0;
                return;
            case 'e':
                var h = (Half)Ops.ToDouble(FloatArg(v));
                if (Half.IsInfinity(h) && !double.IsInfinity(Ops.ToDouble(v)))
                {
                    throw Errors.OverflowError("float too large to pack with e format");
                }
                WriteUInt(at, BitConverter.HalfToUInt16Bits(h), 2, layout.Little);
                return;
            case 'f':
                var d = Ops.ToDouble(FloatArg(v));
                var f = (float)d;
                // Standard sizes go through PyFloat_Pack4, which refuses; native 'f' is a plain C cast.
                if (!layout.Native && float.IsInfinity(f) && !double.IsInfinity(d))
                {
                    throw Errors.OverflowError("float too large to pack with f format");
                }
                WriteUInt(at, BitConverter.SingleToUInt32Bits(f), 4, layout.Little);
                return;
            case 'd':
                WriteUInt(at, BitConverter.DoubleToUInt64Bits(Ops.ToDouble(FloatArg(v))), 8, layout.Little);
                return;
        }
        var n = IntArg(v);
        var signed = item.Code is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        var bits = item.Size * 8;
        var lo = signed ? -(BigInteger.One << (bits - 1)) : BigInteger.Zero;
        var hi = signed ? (BigInteger.One << (bits - 1)) - 1 : (BigInteger.One << bits) - 1;
        if (n < lo || n > hi)
        {
            throw StructError(RangeMessage(item.Code, lo, hi));
        }
        WriteUInt(at, (ulong)(n & ulong.MaxValue), item.Size, layout.Little);
    }

    private static PyObject FloatArg(PyObject v) =>
        v is PyFloat || Ops.IsInt(v) || v.Type.Lookup("__float__") is not null ? v : throw StructError("required argument is not a float");

    private static void WriteUInt(Span<byte> at, ulong value, int size, bool little)
    {
        for (var i = 0; i < size; i++)
        {
            at[little ? i : size - 1 - i] = (byte)(value >> (8 * i));
        }
    }

    private static ulong ReadUInt(ReadOnlySpan<byte> at, int size, bool little)
    {
        ulong v = 0;
        for (var i = 0; i < size; i++)
        {
            v |= (ulong)at[little ? i : size - 1 - i] << (8 * i);
        }
        return v;
    }

    private static void PackInto(Layout layout, PyObject[] values, Span<byte> buf)
    {
        if (values.Length != layout.Values)
        {
            throw StructError($"pack expected {layout.Values} items for packing (got {values.Length})");
        }
        var vi = 0;
        foreach (var item in layout.Items)
        {
            switch (item.Code)
            {
                case 'x':
                    continue;
                case 's':
                case 'p':
                    var bytes = values[vi++] is PyBytes or PyByteArray ? BytesMethods.BytesLike(values[vi - 1])! : throw StructError($"argument for '{item.Code}' must be a bytes object");
                    var room = item.Code == 'p' ? item.Count - 1 : item.Count;
                    var n = Math.Min(Math.Max(room, 0), bytes.Length);
                    bytes.AsSpan(0, n).CopyTo(buf[(item.Offset + (item.Code == 'p' ? 1 : 0))..]);
                    if (item.Code == 'p' && item.Count > 0)
                    {
                        buf[item.Offset] = (byte)Math.Min(n, 255);
                    }
                    continue;
            }
            for (var j = 0; j < item.Count; j++)
            {
                PackOne(layout, item, j, values[vi++], buf);
            }
        }
    }

    private static PyObject Pack(PyObject[] a, PyDict? k)
    {
        if (a.Length == 0)
        {
            throw Errors.TypeError("pack expected at least 1 argument, got 0");
        }
        var layout = Parse(a[0]);
        var buf = new byte[layout.Size];
        PackInto(layout, a[1..], buf);
        return new PyBytes(buf);
    }

    private static PyObject PackInto(PyObject[] a, PyDict? k)
    {
        var layout = Parse(a[0]);
        if (a[1] is not PyByteArray target)
        {
            throw Errors.TypeError($"argument must be read-write bytes-like object, not {a[1].Type.Name}");
        }
        var offset = (int)Ops.IndexValue(a[2]);
        if (offset < 0)
        {
            offset += target.Count;
        }
        if (offset < 0 || target.Count - offset < layout.Size)
        {
            throw StructError($"pack_into requires a buffer of at least {layout.Size + offset} bytes for packing {layout.Size} bytes at offset {offset} (actual buffer size is {target.Count})");
        }
        var buf = new byte[layout.Size];
        for (var i = 0; i < layout.Size; i++)
        {
            buf[i] = target.Items[offset + i];
        }
        PackInto(layout, a[3..], buf);
        for (var i = 0; i < layout.Size; i++)
        {
            target.Items[offset + i] = buf[i];
        }
        return PyNone.Instance;
    }

    // ---- unpacking -----------------------------------------------------------------------------

    private static PyObject UnpackOne(Layout layout, Item item, ReadOnlySpan<byte> at)
    {
        switch (item.Code)
        {
            case 'c':
                return new PyBytes([at[0]]);
            case '?':
                return PyBool.From(at[0] != 0);
            case 'e':
                return new PyFloat((double)BitConverter.UInt16BitsToHalf((ushort)ReadUInt(at, 2, layout.Little)));
            case 'f':
                return new PyFloat(BitConverter.UInt32BitsToSingle((uint)ReadUInt(at, 4, layout.Little)));
            case 'd':
                return new PyFloat(BitConverter.UInt64BitsToDouble(ReadUInt(at, 8, layout.Little)));
        }
        var raw = ReadUInt(at, item.Size, layout.Little);
        var signed = item.Code is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        if (!signed)
        {
            return raw > long.MaxValue ? PyInt.FromBig(new BigInteger(raw)) : PyInt.From((long)raw);
        }
        var shift = 64 - (item.Size * 8);
        return PyInt.From((long)(raw << shift) >> shift);
    }

    private static PyTuple UnpackAt(Layout layout, ReadOnlySpan<byte> data)
    {
        var result = new List<PyObject>(layout.Values);
        foreach (var item in layout.Items)
        {
            switch (item.Code)
            {
                case 'x':
                    continue;
                case 's':
                    result.Add(new PyBytes(data.Slice(item.Offset, item.Count).ToArray()));
                    continue;
                case 'p':
                    var n = item.Count == 0 ? 0 : Math.Min(data[item.Offset], item.Count - 1);
                    result.Add(new PyBytes(item.Count == 0 ? [] : data.Slice(item.Offset + 1, n).ToArray()));
                    continue;
            }
            for (var j = 0; j < item.Count; j++)
            {
                result.Add(UnpackOne(layout, item, data[(item.Offset + (j * item.Size))..]));
            }
        }
        return new PyTuple([.. result]);
    }

    private static byte[] Buffer(PyObject o) =>
        BytesMethods.BytesLike(o) ?? throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    private static PyObject Unpack(PyObject[] a, PyDict? k)
    {
        var layout = Parse(a[0]);
        var data = Buffer(a[1]);
        if (data.Length != layout.Size)
        {
            throw StructError($"unpack requires a buffer of {layout.Size} bytes");
        }
        return UnpackAt(layout, data);
    }

    private static PyObject UnpackFrom(PyObject[] a, PyDict? k)
    {
        var layout = Parse(a[0]);
        var data = Buffer(Def.Arg(a, k, 1, "buffer") ?? throw Errors.TypeError("unpack_from() missing required argument 'buffer' (pos 2)"));
        var offset = Def.Arg(a, k, 2, "offset") is { } o ? (int)Ops.IndexValue(o) : 0;
        if (offset < 0)
        {
            if (offset + data.Length < 0)
            {
                throw StructError($"offset {offset} out of range for {data.Length}-byte buffer");
            }
            offset += data.Length;
        }
        if (data.Length - offset < layout.Size)
        {
            throw StructError($"unpack_from requires a buffer of at least {layout.Size + offset} bytes for unpacking {layout.Size} bytes at offset {offset} (actual buffer size is {data.Length})");
        }
        return UnpackAt(layout, data.AsSpan(offset));
    }

    private sealed class UnpackIterator(Layout layout, byte[] data) : PyIterator
    {
        private int _offset;

        public override PyType Type => UnpackIteratorType;

        public override PyObject? Next()
        {
            if (_offset + layout.Size > data.Length)
            {
                return null;
            }
            var t = UnpackAt(layout, data.AsSpan(_offset));
            _offset += layout.Size;
            return t;
        }
    }

    private static PyObject IterUnpack(PyObject[] a, PyDict? k) => IterUnpack(Parse(a[0]), a[1]);

    private static PyObject IterUnpack(Layout layout, PyObject buffer)
    {
        var data = Buffer(buffer);
        if (layout.Size == 0)
        {
            throw StructError("cannot iteratively unpack with a struct of length 0");
        }
        if (data.Length % layout.Size != 0)
        {
            throw StructError($"iterative unpacking requires a buffer of a multiple of {layout.Size} bytes");
        }
        return new UnpackIterator(layout, data);
    }

    // ---- Struct --------------------------------------------------------------------------------

    private static PyType MakeStructType()
    {
        var t = new PyType("Struct", [TypeObjects.Object], module: "_struct") { NativeNew = NewStruct };
        Def.Slot(t, "__init__", StructInit);
        Def.Method(t, "pack", StructPack);
        Def.Method(t, "unpack", StructUnpack);
        Def.Method(t, "unpack_from", StructUnpackFrom);
        Def.Method(t, "pack_into", StructPackInto);
        Def.Method(t, "iter_unpack", StructIterUnpack);
        t.Dict["format"] = new PyProperty(new PyBuiltinFunction("format", StructFormat), null, null, PyNone.Instance);
        t.Dict["size"] = new PyProperty(new PyBuiltinFunction("size", StructSize), null, null, PyNone.Instance);
        return t;
    }

    private static PyObject NewStruct(PyType type, PyObject[] a, PyDict? k)
    {
        var s = new PyInstance(type);
        if (a.Length > 0 || k is not null)
        {
            StructInit([s, .. a], k);
        }
        return s;
    }

    private static PyObject StructInit(PyObject[] a, PyDict? k)
    {
        var format = Def.Arg(a, k, 1, "format") ?? throw Errors.TypeError("Struct() missing required argument 'format' (pos 1)");
        Parse(format);
        ((PyInstance)a[0]).SetAttribute("_format", format is PyBytes b ? PyStr.From(Codecs.Decode(b.Value, "latin-1", "strict")) : format);
        return PyNone.Instance;
    }

    private static PyObject FormatOf(PyObject self) => ((PyInstance)self).GetAttribute("_format") ?? throw StructError("Struct object not initialized");

    private static PyObject StructFormat(PyObject[] a, PyDict? k) => FormatOf(a[0]);

    private static PyObject StructSize(PyObject[] a, PyDict? k) => PyInt.From(Parse(FormatOf(a[0])).Size);

    private static PyObject StructPack(PyObject[] a, PyDict? k) => Pack([FormatOf(a[0]), .. a[1..]], k);

    private static PyObject StructUnpack(PyObject[] a, PyDict? k) => Unpack([FormatOf(a[0]), a[1]], k);

    private static PyObject StructUnpackFrom(PyObject[] a, PyDict? k) => UnpackFrom([FormatOf(a[0]), .. a[1..]], k);

    private static PyObject StructPackInto(PyObject[] a, PyDict? k) => PackInto([FormatOf(a[0]), .. a[1..]], k);

    private static PyObject StructIterUnpack(PyObject[] a, PyDict? k) => IterUnpack(Parse(FormatOf(a[0])), a[1]);
}
