using System.Text;

namespace Meta.Interpreters.Python.Parsing;

/// <summary>
/// A decode-only UTF-7 (RFC 2152), for source files declaring <c># coding: utf-7</c>: .NET ships
/// UTF-7 disabled. Direct characters are ASCII; '+' opens modified base64 of UTF-16 units, ended by
/// any non-base64 character ('-' is absorbed); "+-" is a literal '+'. Malformed input raises
/// <see cref="DecoderFallbackException"/> like the other strict decoders.
/// </summary>
internal sealed class Utf7Decoding : Encoding
{
    private const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public override string EncodingName => "utf-7";

    public override int GetByteCount(char[] chars, int index, int count) => throw new NotSupportedException("decode only");

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        throw new NotSupportedException("decode only");

    public override int GetCharCount(byte[] bytes, int index, int count) => Decode(bytes, index, count).Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        var s = Decode(bytes, byteIndex, byteCount);
        s.CopyTo(0, chars, charIndex, s.Length);
        return s.Length;
    }

    public override string GetString(byte[] bytes, int index, int count) => Decode(bytes, index, count);

    public override int GetMaxByteCount(int charCount) => charCount * 5;

    public override int GetMaxCharCount(int byteCount) => byteCount;

    private static string Decode(byte[] bytes, int index, int count)
    {
        var sb = new StringBuilder(count);
        var end = index + count;
        var i = index;
        while (i < end)
        {
            var b = bytes[i];
            if (b >= 0x80)
            {
                throw new DecoderFallbackException("non-ASCII byte in UTF-7", [b], i - index);
            }

            if (b != '+')
            {
                sb.Append((char)b);
                i++;
                continue;
            }

            i++;
            if (i < end && bytes[i] == '-')
            {
                sb.Append('+');
                i++;
                continue;
            }

            int bits = 0, bitCount = 0;
            while (i < end && Base64.IndexOf((char)bytes[i]) is var v && v >= 0)
            {
                bits = (bits << 6) | v;
                bitCount += 6;
                if (bitCount >= 16)
                {
                    bitCount -= 16;
                    sb.Append((char)((bits >> bitCount) & 0xFFFF));
                }

                i++;
            }

            if (i < end && bytes[i] == '-')
            {
                i++;
            }
        }

        return sb.ToString();
    }
}
