namespace Meta.Interpreters.Python.Modules.Zlib;

/// <summary>CRC-32 (the gzip/zip polynomial 0xEDB88320) and Adler-32, continuing from a running value as zlib.crc32/adler32 do.</summary>
internal static class Checksums
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }

    public static uint Crc32(ReadOnlySpan<byte> data, uint value)
    {
        var c = ~value;
        foreach (var b in data)
        {
            c = CrcTable[(c ^ b) & 0xff] ^ (c >> 8);
        }
        return ~c;
    }

    public static uint Adler32(ReadOnlySpan<byte> data, uint value)
    {
        const uint mod = 65521;
        uint a = value & 0xffff, b = value >> 16;
        // 5552 bytes is the longest run whose sums cannot overflow 32 bits.
        while (data.Length > 0)
        {
            var n = Math.Min(data.Length, 5552);
            foreach (var x in data[..n])
            {
                a += x;
                b += a;
            }
            a %= mod;
            b %= mod;
            data = data[n..];
        }
        return (b << 16) | a;
    }
}
