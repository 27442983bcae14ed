using System.Buffers.Binary;
using System.Numerics;

namespace Meta.Interpreters.Python.Modules.Hashing;

/// <summary>The parameter block of BLAKE2 (RFC 7693 and the BLAKE2 paper's tree parameters), as hashlib.blake2b/blake2s take them.</summary>
internal sealed record Blake2Parameters(
    int DigestSize, byte[] Key, byte[] Salt, byte[] Person, int Fanout, int Depth, uint LeafSize, ulong NodeOffset,
    int NodeDepth, int InnerSize, bool LastNode);

/// <summary>
/// BLAKE2b (64-bit words, 12 rounds) and BLAKE2s (32-bit words, 10 rounds) over one generic
/// compression written once for both word sizes; .NET has neither.
/// </summary>
internal sealed class Blake2 : BlockHash
{
    private static readonly byte[][] Sigma =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];

    private static readonly ulong[] Iv64 =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    private static readonly ulong[] Iv32 = [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19];

    /// <summary>True for BLAKE2b; BLAKE2s keeps its 32-bit words in the low halves of the same ulongs.</summary>
    private readonly bool _wide;
    private readonly int _digestSize;
    private readonly bool _lastNode;
    private ulong[] _h = new ulong[8];

    private Blake2(bool wide, int digestSize, bool lastNode)
        : base(wide ? 128 : 64)
    {
        _wide = wide;
        _digestSize = digestSize;
        _lastNode = lastNode;
    }

    public static Blake2 Create(bool wide, Blake2Parameters p)
    {
        var b = new Blake2(wide, p.DigestSize, p.LastNode);
        var block = new byte[wide ? 64 : 32];
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(4), p.LeafSize);
        if (wide)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(8), p.NodeOffset);
            block[16] = (byte)p.NodeDepth;
            block[17] = (byte)p.InnerSize;
            p.Salt.CopyTo(block, 32);
            p.Person.CopyTo(block, 48);
        }
        else
        {
            // A 48-bit node offset.
            BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(8), (uint)p.NodeOffset);
            BinaryPrimitives.WriteUInt16LittleEndian(block.AsSpan(12), (ushort)(p.NodeOffset >> 32));
            block[14] = (byte)p.NodeDepth;
            block[15] = (byte)p.InnerSize;
            p.Salt.CopyTo(block, 16);
            p.Person.CopyTo(block, 24);
        }
        for (var i = 0; i < 8; i++)
        {
            b._h[i] = wide ? Iv64[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(8 * i))
                : Iv32[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(4 * i));
        }
        if (p.Key.Length > 0)
        {
            // The key is the first block, zero-padded.
            var keyBlock = new byte[b.Buffer.Length];
            p.Key.CopyTo(keyBlock, 0);
            b.Update(keyBlock);
        }
        return b;
    }

    protected override bool KeepLastBlock => true;

    private ulong Rotr(ulong x, int n) => _wide ? BitOperations.RotateRight(x, n) : BitOperations.RotateRight((uint)x, n);

    private ulong Mask(ulong x) => _wide ? x : (uint)x;

    protected override void Compress(ReadOnlySpan<byte> block) => Compress(block, Length, last: false);

    private void Compress(ReadOnlySpan<byte> block, ulong counter, bool last)
    {
        Span<ulong> m = stackalloc ulong[16];
        Span<ulong> v = stackalloc ulong[16];
        for (var i = 0; i < 16; i++)
        {
            m[i] = _wide ? BinaryPrimitives.ReadUInt64LittleEndian(block[(8 * i)..]) : BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * i)..]);
        }
        for (var i = 0; i < 8; i++)
        {
            v[i] = _h[i];
            v[i + 8] = _wide ? Iv64[i] : Iv32[i];
        }
        // The byte counter: 128 bits for BLAKE2b (the high half stays 0 here), 64 bits split in two words for BLAKE2s.
        v[12] ^= Mask(counter);
        v[13] ^= _wide ? 0 : counter >> 32;
        if (last)
        {
            v[14] = Mask(~v[14]);
            if (_lastNode)
            {
                v[15] = Mask(~v[15]);
            }
        }
        var rounds = _wide ? 12 : 10;
        for (var r = 0; r < rounds; r++)
        {
            var s = Sigma[r % 10];
            Mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            Mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            Mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            Mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            Mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            Mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            Mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            Mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (var i = 0; i < 8; i++)
        {
            _h[i] ^= v[i] ^ v[i + 8];
        }
    }

    /// <summary>The G function with BLAKE2b's rotations (32, 24, 16, 63) or BLAKE2s's (16, 12, 8, 7).</summary>
    private void Mix(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = Mask(v[a] + v[b] + x);
        v[d] = Rotr(v[d] ^ v[a], _wide ? 32 : 16);
        v[c] = Mask(v[c] + v[d]);
        v[b] = Rotr(v[b] ^ v[c], _wide ? 24 : 12);
        v[a] = Mask(v[a] + v[b] + y);
        v[d] = Rotr(v[d] ^ v[a], _wide ? 16 : 8);
        v[c] = Mask(v[c] + v[d]);
        v[b] = Rotr(v[b] ^ v[c], _wide ? 63 : 7);
    }

    public override byte[] Digest()
    {
        var copy = (Blake2)Clone();
        var last = new byte[copy.Buffer.Length];
        copy.Buffer.AsSpan(0, copy.Buffered).CopyTo(last);
        copy.Compress(last, copy.Length + (ulong)copy.Buffered, last: true);
        var full = new byte[_wide ? 64 : 32];
        for (var i = 0; i < 8; i++)
        {
            if (_wide)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(full.AsSpan(8 * i), copy._h[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(full.AsSpan(4 * i), (uint)copy._h[i]);
            }
        }
        return full[.._digestSize];
    }

    public override HashEngine Clone()
    {
        var copy = new Blake2(_wide, _digestSize, _lastNode) { _h = (ulong[])_h.Clone() };
        CopyBlockStateTo(copy);
        return copy;
    }
}
