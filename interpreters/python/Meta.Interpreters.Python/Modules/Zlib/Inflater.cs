namespace Meta.Interpreters.Python.Modules.Zlib;

/// <summary>A zlib error code and message, reported as zlib.error "Error N while ...: message".</summary>
internal sealed class InflateError(int code, string message) : Exception(message)
{
    public readonly int Code = code;
}

/// <summary>
/// An inflater (RFC 1950/1951/1952) that can be fed in pieces, written after zlib's puff.c: canonical
/// Huffman codes decoded bit by bit. .NET's DeflateStream cannot say where a stream ended or
/// whether it was complete, which decompressobj's eof/unused_data and decompress's errors need.
/// Input that ends inside a block is decoded again from the block's start when more arrives; the
/// caller only takes output past what it already has.
/// </summary>
internal sealed class Inflater
{
    private enum Phase
    {
        Header,
        Blocks,
        Trailer,
        Done,
    }

    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly int[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly int[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly int[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    private sealed class NeedInput : Exception;

    private sealed class OutputFull : Exception;

    private sealed record Huffman(short[] Count, short[] Symbol);

    /// <summary>0: raw deflate, 1: zlib wrapper, 2: gzip wrapper, 3: zlib or gzip by the first bytes.</summary>
    private int _format;
    private readonly int _windowBits;
    private Phase _phase = Phase.Header;

    private byte[] _in = new byte[256];
    private int _inLength;
    private long _bit;
    private long _phaseStart;

    private byte[] _out = new byte[1024];
    private int _outLength;
    private int _outAtPhaseStart;

    /// <summary>Decoding pauses when output reaches this length (decompress's max_length).</summary>
    private long _limit = long.MaxValue;

    public Inflater(int wbits)
    {
        (_format, _windowBits) = wbits switch
        {
            >= -15 and <= -8 => (0, -wbits),
            0 => (1, 15),
            >= 8 and <= 15 => (1, wbits),
            >= 24 and <= 31 => (2, wbits - 16),
            >= 40 and <= 47 => (3, wbits - 32),
            _ => throw new InflateError(-2, "invalid window size"),
        };
    }

    public bool Finished => _phase == Phase.Done;

    public int OutputLength => _outLength;

    /// <summary>The byte after the end of the stream (valid when finished).</summary>
    public int EndOfStream => (int)((_bit + 7) / 8);

    public int InputLength => _inLength;

    public ReadOnlySpan<byte> Output(int from, int to) => _out.AsSpan(from, to - from);

    public ReadOnlySpan<byte> Input(int from) => _in.AsSpan(from, _inLength - from);

    public void Feed(ReadOnlySpan<byte> data)
    {
        if (_inLength + data.Length > _in.Length)
        {
            Array.Resize(ref _in, Math.Max(_inLength + data.Length, _in.Length * 2));
        }
        data.CopyTo(_in.AsSpan(_inLength));
        _inLength += data.Length;
    }

    /// <summary>Forget input past <paramref name="length"/> bytes (returned to the caller as unconsumed_tail).</summary>
    public void TruncateInput(int length) => _inLength = length;

    public Inflater Clone()
    {
        var copy = (Inflater)MemberwiseClone();
        copy._in = (byte[])_in.Clone();
        copy._out = (byte[])_out.Clone();
        return copy;
    }

    /// <summary>
    /// Decodes as far as the input goes, or until the output reaches <paramref name="outputLimit"/>
    /// bytes; then returns the input byte position reached (the input the output needed), else -1.
    /// </summary>
    public long Run(long outputLimit = long.MaxValue)
    {
        _limit = outputLimit;
        while (_phase != Phase.Done)
        {
            _bit = _phaseStart;
            _outLength = _outAtPhaseStart;
            try
            {
                Step();
            }
            catch (NeedInput)
            {
                break;
            }
            catch (OutputFull)
            {
                return (_bit + 7) / 8;
            }
            _phaseStart = _bit;
            _outAtPhaseStart = _outLength;
        }
        return -1;
    }

    private void Step()
    {
        switch (_phase)
        {
            case Phase.Header:
                ReadHeader();
                _phase = Phase.Blocks;
                break;
            case Phase.Blocks:
                if (Block())
                {
                    _phase = Phase.Trailer;
                }
                break;
            case Phase.Trailer:
                ReadTrailer();
                _phase = Phase.Done;
                break;
        }
    }

    private int Bits(int n)
    {
        if (_bit + n > (long)_inLength * 8)
        {
            throw new NeedInput();
        }
        var value = 0;
        for (var i = 0; i < n; i++, _bit++)
        {
            value |= ((_in[_bit >> 3] >> (int)(_bit & 7)) & 1) << i;
        }
        return value;
    }

    private int Byte() => Bits(8);

    private void AlignToByte() => _bit = (_bit + 7) & ~7L;

    private void ReadHeader()
    {
        if (_format == 3)
        {
            // Two bytes decide: the gzip magic, or else a zlib header.
            if (_inLength < 2)
            {
                throw new NeedInput();
            }
            _format = _in[0] == 0x1f && _in[1] == 0x8b ? 2 : 1;
        }
        if (_format == 1)
        {
            var cmf = Byte();
            var flg = Byte();
            if (((cmf << 8) | flg) % 31 != 0)
            {
                throw new InflateError(-3, "incorrect header check");
            }
            if ((cmf & 15) != 8)
            {
                throw new InflateError(-3, "unknown compression method");
            }
            if ((cmf >> 4) + 8 > _windowBits)
            {
                throw new InflateError(-3, "invalid window size");
            }
            if ((flg & 0x20) != 0)
            {
                throw new InflateError(2, "");
            }
        }
        else if (_format == 2)
        {
            if (Byte() != 0x1f || Byte() != 0x8b)
            {
                throw new InflateError(-3, "incorrect header check");
            }
            if (Byte() != 8)
            {
                throw new InflateError(-3, "unknown compression method");
            }
            var flags = Byte();
            if ((flags & 0xe0) != 0)
            {
                throw new InflateError(-3, "unknown header flags set");
            }
            Bits(32);
            Bits(16);
            if ((flags & 4) != 0)
            {
                var extra = Byte() | (Byte() << 8);
                for (var i = 0; i < extra; i++)
                {
                    Byte();
                }
            }
            for (var zeroTerminated = 8; zeroTerminated <= 16; zeroTerminated *= 2)
            {
                if ((flags & zeroTerminated) != 0)
                {
                    while (Byte() != 0)
                    {
                    }
                }
            }
            if ((flags & 2) != 0)
            {
                Bits(16);
            }
        }
    }

    private void ReadTrailer()
    {
        AlignToByte();
        if (_format == 1)
        {
            var expected = (uint)((Byte() << 24) | (Byte() << 16) | (Byte() << 8) | Byte());
            if (Checksums.Adler32(_out.AsSpan(0, _outLength), 1) != expected)
            {
                throw new InflateError(-3, "incorrect data check");
            }
        }
        else if (_format == 2)
        {
            var crc = (uint)(Byte() | (Byte() << 8) | (Byte() << 16) | (Byte() << 24));
            var size = (uint)(Byte() | (Byte() << 8) | (Byte() << 16) | (Byte() << 24));
            if (Checksums.Crc32(_out.AsSpan(0, _outLength), 0) != crc)
            {
                throw new InflateError(-3, "incorrect data check");
            }
            if ((uint)_outLength != size)
            {
                throw new InflateError(-3, "incorrect length check");
            }
        }
    }

    private void Emit(byte b)
    {
        if (_outLength == _out.Length)
        {
            Array.Resize(ref _out, _out.Length * 2);
        }
        _out[_outLength++] = b;
        if (_outLength >= _limit)
        {
            throw new OutputFull();
        }
    }

    /// <summary>One block; true when it was the last.</summary>
    private bool Block()
    {
        var last = Bits(1) == 1;
        switch (Bits(2))
        {
            case 0:
                Stored();
                break;
            case 1:
                Codes(FixedLengths.Value.Item1, FixedLengths.Value.Item2);
                break;
            case 2:
                Dynamic();
                break;
            default:
                throw new InflateError(-3, "invalid block type");
        }
        return last;
    }

    private void Stored()
    {
        AlignToByte();
        var len = Byte() | (Byte() << 8);
        var nlen = Byte() | (Byte() << 8);
        if (len != (~nlen & 0xffff))
        {
            throw new InflateError(-3, "invalid stored block lengths");
        }
        for (var i = 0; i < len; i++)
        {
            Emit((byte)Byte());
        }
    }

    private static readonly Lazy<(Huffman, Huffman)> FixedLengths = new(() =>
    {
        var lengths = new short[288];
        for (var i = 0; i < 288; i++)
        {
            lengths[i] = (short)(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
        }
        var distances = new short[30];
        Array.Fill(distances, (short)5);
        return (Build(lengths, out _), Build(distances, out _));
    });

    /// <summary>Canonical Huffman code from code lengths; <paramref name="left"/> &lt; 0 means over-subscribed, &gt; 0 incomplete.</summary>
    private static Huffman Build(ReadOnlySpan<short> lengths, out int left)
    {
        var count = new short[16];
        foreach (var len in lengths)
        {
            count[len]++;
        }
        var symbol = new short[lengths.Length];
        left = 1;
        if (count[0] == lengths.Length)
        {
            left = 0;
            return new Huffman(count, symbol);
        }
        for (var len = 1; len < 16; len++)
        {
            left = (left << 1) - count[len];
            if (left < 0)
            {
                return new Huffman(count, symbol);
            }
        }
        var offsets = new short[16];
        for (var len = 1; len < 15; len++)
        {
            offsets[len + 1] = (short)(offsets[len] + count[len]);
        }
        for (var s = 0; s < lengths.Length; s++)
        {
            if (lengths[s] != 0)
            {
                symbol[offsets[lengths[s]]++] = (short)s;
            }
        }
        return new Huffman(count, symbol);
    }

    private int Decode(Huffman h, string invalid)
    {
        int code = 0, first = 0, index = 0;
        for (var len = 1; len < 16; len++)
        {
            code |= Bits(1);
            var count = h.Count[len];
            if (code - count < first)
            {
                return h.Symbol[index + (code - first)];
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        throw new InflateError(-3, invalid);
    }

    private void Codes(Huffman lengths, Huffman distances)
    {
        while (true)
        {
            var symbol = Decode(lengths, "invalid literal/length code");
            if (symbol < 256)
            {
                Emit((byte)symbol);
                continue;
            }
            if (symbol == 256)
            {
                return;
            }
            symbol -= 257;
            if (symbol >= 29)
            {
                throw new InflateError(-3, "invalid literal/length code");
            }
            var length = LengthBase[symbol] + Bits(LengthExtra[symbol]);
            var d = Decode(distances, "invalid distance code");
            if (d >= 30)
            {
                throw new InflateError(-3, "invalid distance code");
            }
            var distance = DistanceBase[d] + Bits(DistanceExtra[d]);
            // Only the history decides: this module's compressor (.NET's deflate) always uses a 32K window.
            if (distance > _outLength)
            {
                throw new InflateError(-3, "invalid distance too far back");
            }
            for (var i = 0; i < length; i++)
            {
                Emit(_out[_outLength - distance]);
            }
        }
    }

    private void Dynamic()
    {
        var nlen = Bits(5) + 257;
        var ndist = Bits(5) + 1;
        var ncode = Bits(4) + 4;
        if (nlen > 286 || ndist > 30)
        {
            throw new InflateError(-3, "too many length or distance symbols");
        }
        var lengths = new short[320];
        for (var i = 0; i < ncode; i++)
        {
            lengths[CodeLengthOrder[i]] = (short)Bits(3);
        }
        var codeLengths = Build(lengths.AsSpan(0, 19), out var left);
        if (left != 0)
        {
            throw new InflateError(-3, "invalid code lengths set");
        }
        Array.Clear(lengths);
        for (var index = 0; index < nlen + ndist;)
        {
            var symbol = Decode(codeLengths, "invalid code lengths set");
            if (symbol < 16)
            {
                lengths[index++] = (short)symbol;
                continue;
            }
            short repeat = 0;
            int times;
            if (symbol == 16)
            {
                if (index == 0)
                {
                    throw new InflateError(-3, "invalid bit length repeat");
                }
                repeat = lengths[index - 1];
                times = 3 + Bits(2);
            }
            else
            {
                times = symbol == 17 ? 3 + Bits(3) : 11 + Bits(7);
            }
            if (index + times > nlen + ndist)
            {
                throw new InflateError(-3, "invalid bit length repeat");
            }
            while (times-- > 0)
            {
                lengths[index++] = repeat;
            }
        }
        if (lengths[256] == 0)
        {
            throw new InflateError(-3, "invalid code -- missing end-of-block");
        }
        var literals = Build(lengths.AsSpan(0, nlen), out left);
        if (left < 0)
        {
            throw new InflateError(-3, "invalid literal/lengths set");
        }
        var distances = Build(lengths.AsSpan(nlen, ndist), out left);
        if (left < 0)
        {
            throw new InflateError(-3, "invalid distances set");
        }
        Codes(literals, distances);
    }
}
