using System.Text;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>
/// A text stream over a buffered binary one (Modules/_io/textio.c). Reading decodes one chunk at a
/// time into <see cref="Decoded"/> (newlines translated); bytes that cannot be decoded yet (an
/// incomplete UTF-8 sequence, a '\r' that may start "\r\n") wait in <see cref="Pending"/>.
/// tell() maps the position inside the chunk back to bytes by walking the chunk's untranslated
/// text, which is exact for the stateless codecs metapy has (UTF-8, ASCII, Latin-1); CPython's
/// cookie packs a decoder state instead.
/// </summary>
public sealed class PyTextIOWrapper(PyType type) : PyIOObject(type)
{
    private PyObject? _buffer;
    private PyBuffered? _nativeBuffer;

    /// <summary>The binary stream; a native buffered one is remembered for the write and read fast paths.</summary>
    public PyObject? Buffer
    {
        get => _buffer;
        set
        {
            _buffer = value;
            _nativeBuffer = value is PyBuffered { Type: var t } b && (t == Buffered.WriterType || t == Buffered.RandomType || t == Buffered.ReaderType) ? b : null;
        }
    }
    public bool Detached;
    private string _encoding = "utf-8";
    private bool _utf8 = true;

    public string Encoding
    {
        get => _encoding;
        set
        {
            _encoding = value;
            _utf8 = value.Replace("-", "").Replace("_", "").ToLowerInvariant() is "utf8" or "u8";
        }
    }

    public string ErrorMode = "strict";
    public PyObject NewlineArg = PyNone.Instance;
    public bool ReadUniversal;
    public bool ReadTranslate;
    public string ReadNewline = "\n";
    public string? WriteNewline;
    public bool LineBuffering;
    public bool WriteThrough;
    public bool Seekable;
    public bool Telling;
    public bool HasDecoder;
    public int ChunkSize = 8192;

    public string Decoded = "";
    public int DecodedPos;
    public string ChunkSource = "";
    public int ChunkInputLength;
    public byte[] Pending = [];
    public int SeenNewlines;

    public PyObject BufferStream => Detached ? throw Errors.ValueError("underlying buffer has been detached") : Buffer ?? throw Errors.ValueError("I/O operation on uninitialized object");

    private PyBuffered? NativeBuffer => _nativeBuffer;

    public bool IsClosed => NativeBuffer is { } b ? b.IsClosed : Ops.IsTrue(Ops.GetAttr(BufferStream, "closed"));

    public void CheckOpen()
    {
        if (IsClosed)
        {
            throw Errors.ValueError("I/O operation on closed file.");
        }
    }

    private bool IsUtf8 => _utf8;

    /// <summary>write(): newline translation, encoding, the buffer's write; the flush line buffering asks for.</summary>
    public void Write(string text)
    {
        var native = _nativeBuffer;
        if (native is not null ? native.IsClosed : IsClosed)
        {
            throw Errors.ValueError("I/O operation on closed file.");
        }
        if (!ReferenceEquals(Decoded, "") || Pending.Length > 0)
        {
            ClearDecoded();
        }
        var hasLineFeed = (WriteNewline is not null || LineBuffering) && text.Contains('\n');
        if (WriteNewline is not null && hasLineFeed)
        {
            text = text.Replace("\n", WriteNewline);
        }
        var plainUtf8 = _utf8 && !CodePoints.HasSurrogates(text);
        var flush = LineBuffering && (hasLineFeed || text.Contains('\r'));
        if (native is { } b)
        {
            if (!plainUtf8 || !b.TryWriteUtf8(text))
            {
                b.Write(plainUtf8 ? System.Text.Encoding.UTF8.GetBytes(text) : Codecs.Encode(text, Encoding, ErrorMode));
            }
            if (flush || WriteThrough)
            {
                b.Flush();
            }
            return;
        }
        IOBase.Call(BufferStream, "write", new PyBytes(plainUtf8 ? System.Text.Encoding.UTF8.GetBytes(text) : Codecs.Encode(text, Encoding, ErrorMode)));
        if (flush)
        {
            IOBase.Call(BufferStream, "flush");
        }
    }

    /// <summary>The buffer accepts writes (asked natively of a native buffer).</summary>
    public bool Writable() => NativeBuffer is { } b ? b.CanWrite : Ops.IsTrue(IOBase.Call(BufferStream, "writable"));

    public void ClearDecoded()
    {
        Decoded = "";
        DecodedPos = 0;
        ChunkSource = "";
        ChunkInputLength = 0;
        Pending = [];
    }

    private byte[] ReadFromBuffer(int size)
    {
        if (NativeBuffer is { CanRead: true } b)
        {
            b.CheckOpen();
            return b.Read1(size);
        }
        var stream = BufferStream;
        var r = Ops.TryGetAttr(stream, "read1") is { } read1 ? Ops.Call(read1, [PyInt.From(size)]) : IOBase.Call(stream, "read", PyInt.From(size));
        return r is PyNone ? [] : r is PyBytes bytes ? bytes.Value : throw Errors.TypeError($"underlying read1() should have returned a bytes-like object, not '{r.Type.Name}'");
    }

    private byte[] ReadAllFromBuffer()
    {
        if (NativeBuffer is { CanRead: true } b)
        {
            b.CheckOpen();
            return b.Read(-1);
        }
        var r = IOBase.Call(BufferStream, "read");
        return r is PyNone ? [] : IOBase.BytesLike(r);
    }

    /// <summary>Reads and decodes the next chunk into <see cref="Decoded"/>; false at end of file.</summary>
    public bool ReadChunk()
    {
        var data = ReadFromBuffer(ChunkSize);
        var eof = data.Length == 0;
        if (eof && Pending.Length == 0)
        {
            ClearDecoded();
            return false;
        }
        DecodeInput(Pending.Length == 0 ? data : [.. Pending, .. data], eof);
        return true;
    }

    private void DecodeInput(byte[] input, bool final)
    {
        var text = DecodeBytes(input, final, out var consumed);
        var holdCr = (ReadUniversal || ReadNewline == "\r\n") && !final && text.EndsWith('\r');
        if (holdCr)
        {
            text = text[..^1];
            consumed--;
        }
        Pending = consumed == input.Length ? [] : input[consumed..];
        ChunkSource = text;
        ChunkInputLength = input.Length;
        Decoded = Translate(text);
        DecodedPos = 0;
    }

    private string DecodeBytes(byte[] input, bool final, out int consumed)
    {
        if (IsUtf8)
        {
            return Codecs.DecodeUtf8(input, ErrorMode, final, out consumed);
        }
        consumed = input.Length;
        return Codecs.Decode(input, Encoding, ErrorMode);
    }

    /// <summary>IncrementalNewlineDecoder's bookkeeping: which endings were seen, and \r\n, \r to \n when translating.</summary>
    private string Translate(string text)
    {
        if (!ReadUniversal || text.IndexOf('\r') < 0)
        {
            if (ReadUniversal && text.Contains('\n'))
            {
                SeenNewlines |= 2;
            }
            return text;
        }
        SeenNewlines |= NewlineKinds(text);
        return ReadTranslate ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    public static int NewlineKinds(string text)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                seen |= 2;
            }
            else if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    seen |= 4;
                    i++;
                }
                else
                {
                    seen |= 1;
                }
            }
        }
        return seen;
    }

    /// <summary>The newlines attribute: the line endings seen so far, one string or a tuple of them.</summary>
    public static PyObject NewlinesObject(int seen)
    {
        var kinds = new List<PyObject>();
        foreach (var (bit, ending) in new[] { (1, "\r"), (2, "\n"), (4, "\r\n") })
        {
            if ((seen & bit) != 0)
            {
                kinds.Add(PyStr.From(ending));
            }
        }
        return kinds.Count switch { 0 => PyNone.Instance, 1 => kinds[0], _ => PyTuple.Of([.. kinds]) };
    }

    /// <summary>Takes up to <paramref name="n"/> code points of the decoded chunk.</summary>
    private string Take(long n)
    {
        var end = n < 0 ? Decoded.Length : DecodedPos + CodePoints.ToUtf16(Decoded[DecodedPos..], n);
        var s = Decoded[DecodedPos..end];
        DecodedPos = end;
        return s;
    }

    public string Read(long n)
    {
        if (n < 0)
        {
            var rest = Take(-1);
            var all = ReadAllFromBuffer();
            DecodeInput([.. Pending, .. all], true);
            var result = rest + Decoded;
            ClearDecoded();
            return result;
        }
        var sb = new StringBuilder(Take(n));
        var count = CodePoints.Count(sb.ToString());
        while (count < n && ReadChunk())
        {
            var part = Take(n - count);
            count += CodePoints.Count(part);
            sb.Append(part);
        }
        return sb.ToString();
    }

    /// <summary>The end (exclusive) of the first line ending in the decoded chunk from its position, or -1.</summary>
    private int LineEnd()
    {
        if (ReadTranslate)
        {
            var i = Decoded.IndexOf('\n', DecodedPos);
            return i < 0 ? -1 : i + 1;
        }
        if (ReadUniversal)
        {
            var i = Decoded.IndexOfAny(['\r', '\n'], DecodedPos);
            if (i < 0)
            {
                return -1;
            }
            return Decoded[i] == '\r' && i + 1 < Decoded.Length && Decoded[i + 1] == '\n' ? i + 2 : i + 1;
        }
        var j = Decoded.IndexOf(ReadNewline, DecodedPos, StringComparison.Ordinal);
        return j < 0 ? -1 : j + ReadNewline.Length;
    }

    public string ReadLine(long limit)
    {
        var line = new StringBuilder();
        long count = 0;
        while (true)
        {
            if (DecodedPos < Decoded.Length)
            {
                var end = LineEnd();
                var segment = Decoded[DecodedPos..(end < 0 ? Decoded.Length : end)];
                if (limit >= 0)
                {
                    var points = CodePoints.Count(segment);
                    if (count + points >= limit)
                    {
                        line.Append(Take(limit - count));
                        return line.ToString();
                    }
                    count += points;
                }
                DecodedPos += segment.Length;
                line.Append(segment);
                if (end >= 0)
                {
                    return line.ToString();
                }
            }
            if (!ReadChunk())
            {
                return line.ToString();
            }
        }
    }

    /// <summary>The byte position of the next character: the chunk's start plus the bytes of the characters read from it.</summary>
    public long Tell(long bufferPosition)
    {
        var start = bufferPosition - ChunkInputLength;
        if (DecodedPos == 0)
        {
            return start;
        }
        var utf8 = IsUtf8;
        long bytes = 0;
        var i = 0;
        for (var t = 0; t < DecodedPos && i < ChunkSource.Length; t++)
        {
            var c = ChunkSource[i];
            if (ReadTranslate && c == '\r' && i + 1 < ChunkSource.Length && ChunkSource[i + 1] == '\n')
            {
                bytes += 2;
                i += 2;
            }
            else if (utf8 && char.IsHighSurrogate(c) && i + 1 < ChunkSource.Length && char.IsLowSurrogate(ChunkSource[i + 1]))
            {
                bytes += 4;
                i += 2;
                t++;
            }
            else
            {
                bytes += !utf8 || c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                i++;
            }
        }
        return start + bytes;
    }
}
