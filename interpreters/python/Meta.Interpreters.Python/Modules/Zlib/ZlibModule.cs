using System.IO.Compression;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.Zlib;

/// <summary>
/// zlib (Modules/zlibmodule.c): compression by .NET's deflate (System.IO.Compression, levels and
/// strategies through ZLibCompressionOptions) inside zlib or gzip wrappers written here;
/// decompression by <see cref="Inflater"/>; crc32 and adler32. The compressed bytes are valid
/// deflate streams but need not equal CPython's byte for byte (another deflate implementation),
/// and .NET's deflate always uses a 32K window whatever wbits says.
/// </summary>
public static class ZlibModule
{
    public static readonly PyType Error = new("error", [TypeObjects.Exception], module: "zlib");
    private static readonly PyType CompressType = new("Compress", [TypeObjects.Object], module: "zlib");
    private static readonly PyType DecompressType = new("Decompress", [TypeObjects.Object], module: "zlib");

    private const int MaxWbits = 15, DefaultBufferSize = 16384, ZNoFlush = 0, ZSyncFlush = 2, ZFullFlush = 3, ZFinish = 4;

    /// <summary>A compressobj: the raw deflate stream, the wrapper's checksum so far, and whether Z_FINISH ended it.</summary>
    private sealed class Compressor(int level, int wbits, ZLibCompressionStrategy strategy) : PyObject
    {
        public readonly MemoryStream Sink = new();
        public DeflateStream? Deflate;
        public readonly int Level = level;
        public readonly int Wbits = wbits;
        public readonly ZLibCompressionStrategy Strategy = strategy;
        public uint Check = wbits is >= 9 and <= 15 ? 1u : 0u;
        public uint Size;
        public bool HeaderWritten;
        public bool Finished;
        public long DeflateBytes;

        public override PyType Type => CompressType;
    }

    /// <summary>A decompressobj: the inflater, how much output was handed out, and the unused/unconsumed input.</summary>
    private sealed class Decompressor(Inflater inflater) : PyObject
    {
        public Inflater Inflater = inflater;
        public int Emitted;
        public PyBytes UnusedData = new([]);
        public PyBytes UnconsumedTail = new([]);

        public override PyType Type => DecompressType;
    }

    public static PyModule Create()
    {
        var m = new PyModule("zlib");
        var d = m.Dict;
        d.Set("error", Error);
        foreach (var (name, value) in new (string, int)[]
        {
            ("MAX_WBITS", MaxWbits), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", DefaultBufferSize),
            ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
            ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
            ("Z_NO_FLUSH", ZNoFlush), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", ZSyncFlush), ("Z_FULL_FLUSH", ZFullFlush),
            ("Z_FINISH", ZFinish), ("Z_BLOCK", 5), ("Z_TREES", 6),
        })
        {
            d.Set(name, PyInt.From(value));
        }
        d.Set("ZLIB_VERSION", PyStr.From("1.2.13"));
        d.Set("ZLIB_RUNTIME_VERSION", PyStr.From("1.2.13"));
        Def.Function(d, "crc32", (a, _) => PyInt.From(Checksums.Crc32(Data(Arg(a, 0, "crc32")), a.Length > 1 ? (uint)(Ops.ToBig(a[1]) & uint.MaxValue) : 0)));
        Def.Function(d, "adler32", (a, _) => PyInt.From(Checksums.Adler32(Data(Arg(a, 0, "adler32")), a.Length > 1 ? (uint)(Ops.ToBig(a[1]) & uint.MaxValue) : 1)));
        Def.Function(d, "compress", Compress);
        Def.Function(d, "decompress", Decompress);
        Def.Function(d, "compressobj", CompressObj);
        Def.Function(d, "decompressobj", DecompressObj);
        Def.Method(CompressType, "compress", (a, _) => CompressorCompress((Compressor)a[0], Data(Arg(a, 1, "compress"))));
        Def.Method(CompressType, "flush", (a, k) => CompressorFlush((Compressor)a[0], IntArg(a, k, 1, "mode", ZFinish)));
        Def.Method(CompressType, "copy", (_, _) => throw Errors.New(Error, "Error -2 while copying compression object: copying a .NET deflate stream is not supported"));
        Def.Method(DecompressType, "decompress", DecompressorDecompress);
        Def.Method(DecompressType, "flush", DecompressorFlush);
        Def.Method(DecompressType, "copy", (a, _) => { var s = (Decompressor)a[0]; return new Decompressor(s.Inflater.Clone()) { Emitted = s.Emitted, UnusedData = s.UnusedData, UnconsumedTail = s.UnconsumedTail }; });
        DecompressProperty("unused_data", s => s.UnusedData);
        DecompressProperty("unconsumed_tail", s => s.UnconsumedTail);
        // The end is reached once the stream is complete and all of its output handed out.
        DecompressProperty("eof", s => PyBool.From(s.Inflater.Finished && s.Emitted == s.Inflater.OutputLength));
        return m;
    }

    private static void DecompressProperty(string name, Func<Decompressor, PyObject> get) =>
        DecompressType.Dict[name] = new PyProperty(new PyBuiltinFunction(name, (a, _) => get((Decompressor)a[0])), null, null, PyNone.Instance);

    private static PyObject Arg(PyObject[] a, int i, string function) =>
        i < a.Length ? a[i] : throw Errors.TypeError($"{function}() missing required argument (pos {i + 1})");

    private static int IntArg(PyObject[] a, PyDict? k, int i, string name, int fallback) =>
        Def.Arg(a, k, i, name) is { } v ? (int)Ops.IndexValue(v) : fallback;

    private static byte[] Data(PyObject o) =>
        BytesMethods.BytesLike(o) ?? throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    private static PyError ZlibError(string action, InflateError e) =>
        Errors.New(Error, e.Code == 2 ? $"Error 2 while {action}" : $"Error {e.Code} while {action}: {e.Message}");

    // ---- compression ----

    private static Compressor NewCompressor(int level, int wbits, int strategy)
    {
        if (level is < -1 or > 9)
        {
            throw Errors.New(Error, "Bad compression level");
        }
        if (!(wbits is >= 9 and <= 15 || wbits is >= -15 and <= -9 || wbits is >= 25 and <= 31))
        {
            throw Errors.ValueError("Invalid initialization option");
        }
        var s = strategy switch
        {
            0 => ZLibCompressionStrategy.Default,
            1 => ZLibCompressionStrategy.Filtered,
            2 => ZLibCompressionStrategy.HuffmanOnly,
            3 => ZLibCompressionStrategy.RunLengthEncoding,
            4 => ZLibCompressionStrategy.Fixed,
            _ => throw Errors.ValueError("Invalid initialization option"),
        };
        var c = new Compressor(level, wbits, s);
        c.Deflate = new DeflateStream(c.Sink, new ZLibCompressionOptions { CompressionLevel = level < 0 ? 6 : level, CompressionStrategy = s }, leaveOpen: true);
        return c;
    }

    /// <summary>The zlib header (CMF with the window size, FLG with zlib's level class) or the gzip header zlib writes (mtime 0, OS 3).</summary>
    private static byte[] Header(Compressor c)
    {
        var level = c.Level < 0 ? 6 : c.Level;
        if (c.Wbits is >= 9 and <= 15)
        {
            var cmf = ((c.Wbits - 8) << 4) | 8;
            var levelClass = level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
            var flg = levelClass << 6;
            flg += 31 - (((cmf << 8) + flg) % 31);
            return [(byte)cmf, (byte)flg];
        }
        if (c.Wbits >= 25)
        {
            var xfl = level == 9 ? 2 : c.Strategy is ZLibCompressionStrategy.HuffmanOnly or ZLibCompressionStrategy.RunLengthEncoding or ZLibCompressionStrategy.Fixed || level < 2 ? 4 : 0;
            return [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, (byte)xfl, 3];
        }
        return [];
    }

    private static byte[] Trailer(Compressor c)
    {
        if (c.Wbits is >= 9 and <= 15)
        {
            return [(byte)(c.Check >> 24), (byte)(c.Check >> 16), (byte)(c.Check >> 8), (byte)c.Check];
        }
        if (c.Wbits >= 25)
        {
            return [(byte)c.Check, (byte)(c.Check >> 8), (byte)(c.Check >> 16), (byte)(c.Check >> 24), (byte)c.Size, (byte)(c.Size >> 8), (byte)(c.Size >> 16), (byte)(c.Size >> 24)];
        }
        return [];
    }

    /// <summary>Everything produced since the last call: the header first, then the deflate bytes that reached the sink.</summary>
    private static PyBytes Drain(Compressor c, byte[]? trailer = null)
    {
        var result = new List<byte>();
        if (!c.HeaderWritten)
        {
            result.AddRange(Header(c));
            c.HeaderWritten = true;
        }
        result.AddRange(c.Sink.ToArray());
        c.DeflateBytes += c.Sink.Length;
        c.Sink.SetLength(0);
        if (trailer is not null)
        {
            result.AddRange(trailer);
        }
        return new PyBytes([.. result]);
    }

    private static PyObject CompressorCompress(Compressor c, byte[] data)
    {
        if (c.Finished)
        {
            throw Errors.New(Error, "Error -2 while compressing data: inconsistent stream state");
        }
        c.Deflate!.Write(data);
        c.Check = c.Wbits is >= 9 and <= 15 ? Checksums.Adler32(data, c.Check) : Checksums.Crc32(data, c.Check);
        c.Size += (uint)data.Length;
        return Drain(c);
    }

    private static PyObject CompressorFlush(Compressor c, int mode)
    {
        if (mode == ZNoFlush || c.Finished)
        {
            return new PyBytes([]);
        }
        if (mode == ZFinish)
        {
            c.Deflate!.Dispose();
            c.Finished = true;
            if (c.DeflateBytes == 0 && c.Sink.Length == 0)
            {
                // .NET writes nothing for an empty input; deflate needs one final block (an empty fixed-code block).
                c.Sink.Write([0x03, 0x00]);
            }
            return Drain(c, Trailer(c));
        }
        c.Deflate!.Flush();
        return Drain(c);
    }

    private static PyObject Compress(PyObject[] a, PyDict? k)
    {
        var data = Data(Def.Arg(a, k, 0, "data") ?? throw Errors.TypeError("compress() missing required argument 'data' (pos 1)"));
        var c = NewCompressor(IntArg(a, k, 1, "level", -1), IntArg(a, k, 2, "wbits", MaxWbits), 0);
        var head = ((PyBytes)CompressorCompress(c, data)).Value;
        var tail = ((PyBytes)CompressorFlush(c, ZFinish)).Value;
        return new PyBytes([.. head, .. tail]);
    }

    private static PyObject CompressObj(PyObject[] a, PyDict? k)
    {
        if ((Def.Arg(a, k, 5, "zdict") ?? PyNone.Instance) is not PyNone)
        {
            throw Errors.New(Error, "Error -2 while setting zdict: preset dictionaries are not supported by .NET's deflate");
        }
        var method = IntArg(a, k, 1, "method", 8);
        if (method != 8)
        {
            throw Errors.ValueError("Invalid initialization option");
        }
        return NewCompressor(IntArg(a, k, 0, "level", -1), IntArg(a, k, 2, "wbits", MaxWbits), IntArg(a, k, 4, "strategy", 0));
    }

    // ---- decompression ----

    /// <summary>An inflater, or for a bad wbits decompress's zlib.error or decompressobj's ValueError.</summary>
    private static Inflater NewInflater(int wbits, bool oneShot)
    {
        try
        {
            return new Inflater(wbits);
        }
        catch (InflateError)
        {
            throw oneShot
                ? Errors.New(Error, "Error -2 while preparing to decompress data: inconsistent stream state")
                : Errors.ValueError("Invalid initialization option");
        }
    }

    private static PyObject Decompress(PyObject[] a, PyDict? k)
    {
        var data = Data(Def.Arg(a, k, 0, "data") ?? throw Errors.TypeError("decompress() missing required argument 'data' (pos 1)"));
        var wbits = IntArg(a, k, 1, "wbits", MaxWbits);
        if (IntArg(a, k, 2, "bufsize", DefaultBufferSize) < 0)
        {
            throw Errors.ValueError("bufsize must be non-negative");
        }
        var inflater = NewInflater(wbits, oneShot: true);
        inflater.Feed(data);
        try
        {
            inflater.Run();
        }
        catch (InflateError e)
        {
            throw ZlibError("decompressing data", e);
        }
        if (!inflater.Finished)
        {
            throw Errors.New(Error, "Error -5 while decompressing data: incomplete or truncated stream");
        }
        return new PyBytes(inflater.Output(0, inflater.OutputLength).ToArray());
    }

    private static PyObject DecompressObj(PyObject[] a, PyDict? k)
    {
        if ((Def.Arg(a, k, 1, "zdict") ?? PyNone.Instance) is not PyNone)
        {
            throw Errors.New(Error, "Error -2 while setting zdict: preset dictionaries are not supported");
        }
        return new Decompressor(NewInflater(IntArg(a, k, 0, "wbits", MaxWbits), oneShot: false));
    }

    /// <summary>
    /// Feeds data and returns the output not handed out yet, at most max_length bytes; input not
    /// needed for those stays in unconsumed_tail, data after the end of the stream goes to unused_data.
    /// </summary>
    private static PyBytes Feed(Decompressor s, byte[] data, long maxLength)
    {
        var inflater = s.Inflater;
        s.UnconsumedTail = new PyBytes([]);
        if (inflater.Finished)
        {
            s.UnusedData = new PyBytes([.. s.UnusedData.Value, .. data]);
        }
        else
        {
            inflater.Feed(data);
            long stopAt;
            try
            {
                stopAt = inflater.Run(maxLength > 0 ? s.Emitted + maxLength : long.MaxValue);
            }
            catch (InflateError e)
            {
                throw ZlibError("decompressing data", e);
            }
            if (stopAt >= 0)
            {
                // Output is full: keep only the input that produced it; the rest goes back to the caller.
                var keep = (int)stopAt;
                s.UnconsumedTail = new PyBytes(inflater.Input(keep).ToArray());
                inflater.TruncateInput(keep);
            }
            if (inflater.Finished)
            {
                s.UnusedData = new PyBytes(inflater.Input(inflater.EndOfStream).ToArray());
            }
        }
        var available = inflater.OutputLength;
        var end = maxLength > 0 ? (int)Math.Min(available, s.Emitted + maxLength) : available;
        var result = inflater.Output(Math.Min(s.Emitted, end), end).ToArray();
        s.Emitted = Math.Max(s.Emitted, end);
        return new PyBytes(result);
    }

    private static PyObject DecompressorDecompress(PyObject[] a, PyDict? k)
    {
        var s = (Decompressor)a[0];
        var data = Data(Def.Arg(a, k, 1, "data") ?? throw Errors.TypeError("decompress() missing required argument 'data' (pos 1)"));
        var maxLength = Def.Arg(a, k, 2, "max_length") is { } m ? Ops.IndexValue(m) : 0;
        if (maxLength < 0)
        {
            throw Errors.ValueError("max_length must be non-negative");
        }
        return Feed(s, data, maxLength);
    }

    private static PyObject DecompressorFlush(PyObject[] a, PyDict? k)
    {
        var s = (Decompressor)a[0];
        if ((Def.Arg(a, k, 1, "length") is { } l ? Ops.IndexValue(l) : DefaultBufferSize) <= 0)
        {
            throw Errors.ValueError("length must be greater than zero");
        }
        var tail = s.UnconsumedTail.Value;
        s.UnconsumedTail = new PyBytes([]);
        return Feed(s, tail, 0);
    }
}
