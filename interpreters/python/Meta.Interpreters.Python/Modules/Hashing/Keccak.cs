using System.Buffers.Binary;
using System.Numerics;

namespace Meta.Interpreters.Python.Modules.Hashing;

/// <summary>
/// The Keccak-f[1600] sponge of SHA-3 and SHAKE (FIPS 202): <paramref name="rate"/> bytes absorbed
/// per permutation, the domain suffix (0x06 for SHA-3, 0x1F for SHAKE) and pad10*1 at the end.
/// </summary>
internal sealed class Keccak(int rate, byte suffix, int outputLength) : HashEngine
{
    private static readonly ulong[] RoundConstants =
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
        0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];

    /// <summary>Rotation of lane x + 5y in the rho step.</summary>
    private static readonly int[] Rotations =
    [
        0, 1, 62, 28, 27,
        36, 44, 6, 55, 20,
        3, 10, 43, 25, 39,
        41, 45, 15, 21, 8,
        18, 2, 61, 56, 14,
    ];

    private ulong[] _lanes = new ulong[25];
    private byte[] _pending = new byte[rate];
    private int _pendingCount;

    public int Rate => rate;

    public byte Suffix => suffix;

    private static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        Span<ulong> b = stackalloc ulong[25];
        for (var round = 0; round < 24; round++)
        {
            for (var x = 0; x < 5; x++)
            {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (var x = 0; x < 5; x++)
            {
                var d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (var y = 0; y < 25; y += 5)
                {
                    a[x + y] ^= d;
                }
            }
            // rho and pi: lane (x, y) moves to (y, 2x + 3y).
            for (var x = 0; x < 5; x++)
            {
                for (var y = 0; y < 5; y++)
                {
                    b[y + (5 * (((2 * x) + (3 * y)) % 5))] = BitOperations.RotateLeft(a[x + (5 * y)], Rotations[x + (5 * y)]);
                }
            }
            for (var y = 0; y < 25; y += 5)
            {
                for (var x = 0; x < 5; x++)
                {
                    a[x + y] = b[x + y] ^ (~b[((x + 1) % 5) + y] & b[((x + 2) % 5) + y]);
                }
            }
            a[0] ^= RoundConstants[round];
        }
    }

    private static void Absorb(ulong[] lanes, ReadOnlySpan<byte> block)
    {
        for (var i = 0; i < block.Length / 8; i++)
        {
            lanes[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(8 * i)..]);
        }
        Permute(lanes);
    }

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            var n = Math.Min(rate - _pendingCount, data.Length);
            data[..n].CopyTo(_pending.AsSpan(_pendingCount));
            _pendingCount += n;
            data = data[n..];
            if (_pendingCount == rate)
            {
                Absorb(_lanes, _pending);
                _pendingCount = 0;
            }
        }
    }

    public override byte[] Digest() => Squeeze(outputLength);

    /// <summary>Pads a copy of the state and squeezes <paramref name="length"/> bytes out of it.</summary>
    public byte[] Squeeze(int length)
    {
        var lanes = (ulong[])_lanes.Clone();
        var last = new byte[rate];
        _pending.AsSpan(0, _pendingCount).CopyTo(last);
        last[_pendingCount] ^= suffix;
        last[rate - 1] ^= 0x80;
        Absorb(lanes, last);
        var output = new byte[length];
        var block = new byte[rate];
        for (var done = 0; done < length;)
        {
            for (var i = 0; i < rate / 8; i++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(8 * i), lanes[i]);
            }
            var n = Math.Min(rate, length - done);
            block.AsSpan(0, n).CopyTo(output.AsSpan(done));
            done += n;
            if (done < length)
            {
                Permute(lanes);
            }
        }
        return output;
    }

    public override HashEngine Clone() => new Keccak(rate, suffix, outputLength)
    {
        _lanes = (ulong[])_lanes.Clone(),
        _pending = (byte[])_pending.Clone(),
        _pendingCount = _pendingCount,
    };
}
