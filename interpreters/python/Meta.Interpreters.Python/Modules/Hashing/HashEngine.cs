using System.Security.Cryptography;

namespace Meta.Interpreters.Python.Modules.Hashing;

/// <summary>One running hash computation: fed incrementally, read without being finished, copied.</summary>
internal abstract class HashEngine
{
    public abstract void Update(ReadOnlySpan<byte> data);

    /// <summary>The digest of everything fed so far; the computation can continue afterwards.</summary>
    public abstract byte[] Digest();

    public abstract HashEngine Clone();
}

/// <summary>The hashes .NET computes itself (MD5, SHA-1, SHA-256, SHA-384, SHA-512).</summary>
internal sealed class DotNetHash(IncrementalHash hash) : HashEngine
{
    public DotNetHash(HashAlgorithmName name)
        : this(IncrementalHash.CreateHash(name))
    {
    }

    public override void Update(ReadOnlySpan<byte> data) => hash.AppendData(data);

    public override byte[] Digest() => hash.GetCurrentHash();

    public override HashEngine Clone() => new DotNetHash(hash.Clone());
}

/// <summary>
/// Hashes over fixed-size blocks: buffers input into whole blocks for <see cref="Compress"/>.
/// <see cref="KeepLastBlock"/> holds back a full final block (BLAKE2 must know which block is last).
/// </summary>
internal abstract class BlockHash(int blockSize) : HashEngine
{
    protected byte[] Buffer = new byte[blockSize];
    protected int Buffered;
    protected ulong Length;

    protected virtual bool KeepLastBlock => false;

    protected abstract void Compress(ReadOnlySpan<byte> block);

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (Buffered == Buffer.Length)
            {
                Length += (ulong)Buffer.Length;
                Compress(Buffer);
                Buffered = 0;
            }
            var n = Math.Min(Buffer.Length - Buffered, data.Length);
            data[..n].CopyTo(Buffer.AsSpan(Buffered));
            Buffered += n;
            data = data[n..];
            if (!KeepLastBlock && Buffered == Buffer.Length)
            {
                Length += (ulong)Buffer.Length;
                Compress(Buffer);
                Buffered = 0;
            }
        }
    }

    protected void CopyBlockStateTo(BlockHash other)
    {
        other.Buffer = (byte[])Buffer.Clone();
        other.Buffered = Buffered;
        other.Length = Length;
    }
}
