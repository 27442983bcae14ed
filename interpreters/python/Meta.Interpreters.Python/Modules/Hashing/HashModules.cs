using System.Security.Cryptography;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.Hashing;

/// <summary>A hash object of the builtin hash modules: update, digest, hexdigest, copy, name, digest_size, block_size.</summary>
internal sealed class PyHash(PyType type, HashEngine engine, int digestSize, int blockSize) : PyObject
{
    public readonly HashEngine Engine = engine;
    public readonly int DigestSize = digestSize;
    public readonly int BlockSize = blockSize;

    public override PyType Type => type;
}

/// <summary>
/// The builtin hash modules hashlib falls back on without OpenSSL (Modules/md5module.c,
/// sha1module.c, sha256module.c, sha512module.c, _sha3/sha3module.c, _blake2/): MD5, SHA-1 and
/// SHA-256/384/512 computed by .NET, SHA-224, SHA-3/SHAKE and BLAKE2 by the engines beside this file.
/// </summary>
public static class HashModules
{
    private sealed record Algorithm(string Module, string Name, int DigestSize, int BlockSize, Func<HashEngine> Create, PyType Type);

    private static readonly Dictionary<string, PyType> Types = [];

    private static PyType TypeFor(string module, string name, bool shake = false)
    {
        if (Types.TryGetValue(name, out var known))
        {
            return known;
        }
        var t = new PyType(name, [TypeObjects.Object], module: module);
        Def.Method(t, "update", Update);
        Def.Method(t, "copy", (a, _) => { var h = Self(a); return new PyHash(h.Type, h.Engine.Clone(), h.DigestSize, h.BlockSize); });
        if (shake)
        {
            Def.Method(t, "digest", (a, k) => new PyBytes(Squeeze(a, k)));
            Def.Method(t, "hexdigest", (a, k) => PyStr.From(Convert.ToHexStringLower(Squeeze(a, k))));
        }
        else
        {
            Def.Method(t, "digest", (a, _) => new PyBytes(Self(a).Engine.Digest()));
            Def.Method(t, "hexdigest", (a, _) => PyStr.From(Convert.ToHexStringLower(Self(a).Engine.Digest())));
        }
        Property(t, "name", _ => PyStr.From(name));
        Property(t, "digest_size", h => PyInt.From(h.DigestSize));
        Property(t, "block_size", h => PyInt.From(h.BlockSize));
        if (module == "_sha3")
        {
            Property(t, "_rate_bits", h => PyInt.From(((Keccak)h.Engine).Rate * 8));
            Property(t, "_capacity_bits", h => PyInt.From(1600 - (((Keccak)h.Engine).Rate * 8)));
            Property(t, "_suffix", h => new PyBytes([((Keccak)h.Engine).Suffix]));
        }
        Types[name] = t;
        return t;
    }

    private static void Property(PyType t, string name, Func<PyHash, PyObject> get) =>
        t.Dict[name] = new PyProperty(new PyBuiltinFunction(name, (a, _) => get(Self(a))), null, null, PyNone.Instance);

    private static PyHash Self(PyObject[] a) => a.Length > 0 && a[0] is PyHash h ? h : throw Errors.TypeError("descriptor requires a hash object");

    /// <summary>The bytes of data to hash: str must be encoded first, other objects need the buffer protocol.</summary>
    private static byte[] Data(PyObject o) => o is PyStr
        ? throw Errors.TypeError("Strings must be encoded before hashing")
        : BytesMethods.BytesLike(o) ?? throw Errors.TypeError("object supporting the buffer API required");

    private static PyObject Update(PyObject[] a, PyDict? k)
    {
        var h = Self(a);
        h.Engine.Update(Data(a.Length > 1 ? a[1] : throw Errors.TypeError("update() takes exactly one argument (0 given)")));
        return PyNone.Instance;
    }

    private static byte[] Squeeze(PyObject[] a, PyDict? k)
    {
        var length = Ops.IndexValue(Def.Arg(a, k, 1, "length") ?? throw Errors.TypeError("digest() missing required argument 'length' (pos 1)"));
        if (length < 0)
        {
            throw Errors.ValueError("negative digest length");
        }
        if (length >= 1L << 29)
        {
            throw Errors.ValueError("digest length is too large");
        }
        return ((Keccak)Self(a).Engine).Squeeze((int)length);
    }

    /// <summary>A constructor function: optional initial data (positional or as string=/data=), usedforsecurity ignored.</summary>
    private static void Constructor(PyDict d, string module, string name, int digestSize, int blockSize, Func<HashEngine> create, bool shake = false)
    {
        var type = TypeFor(module, name, shake);
        Def.Function(d, name, (a, k) =>
        {
            var h = new PyHash(type, create(), digestSize, blockSize);
            var data = a.Length > 0 ? a[0] : k?.Get("string") ?? k?.Get("data");
            if (data is not null)
            {
                h.Engine.Update(Data(data));
            }
            return h;
        });
    }

    public static PyModule CreateMd5()
    {
        var m = new PyModule("_md5");
        Constructor(m.Dict, "_md5", "md5", 16, 64, () => new DotNetHash(HashAlgorithmName.MD5));
        return m;
    }

    public static PyModule CreateSha1()
    {
        var m = new PyModule("_sha1");
        Constructor(m.Dict, "_sha1", "sha1", 20, 64, () => new DotNetHash(HashAlgorithmName.SHA1));
        return m;
    }

    public static PyModule CreateSha256()
    {
        var m = new PyModule("_sha256");
        Constructor(m.Dict, "_sha256", "sha224", 28, 64, () => new Sha224());
        Constructor(m.Dict, "_sha256", "sha256", 32, 64, () => new DotNetHash(HashAlgorithmName.SHA256));
        return m;
    }

    public static PyModule CreateSha512()
    {
        var m = new PyModule("_sha512");
        Constructor(m.Dict, "_sha512", "sha384", 48, 128, () => new DotNetHash(HashAlgorithmName.SHA384));
        Constructor(m.Dict, "_sha512", "sha512", 64, 128, () => new DotNetHash(HashAlgorithmName.SHA512));
        return m;
    }

    public static PyModule CreateSha3()
    {
        var m = new PyModule("_sha3");
        foreach (var bits in new[] { 224, 256, 384, 512 })
        {
            var rate = 200 - (bits / 4);
            Constructor(m.Dict, "_sha3", $"sha3_{bits}", bits / 8, rate, () => new Keccak(rate, 0x06, bits / 8));
        }
        Constructor(m.Dict, "_sha3", "shake_128", 0, 168, () => new Keccak(168, 0x1F, 0), shake: true);
        Constructor(m.Dict, "_sha3", "shake_256", 0, 136, () => new Keccak(136, 0x1F, 0), shake: true);
        m.Dict.Set("implementation", PyStr.From("tiny_sha3"));
        m.Dict.Set("keccakopt", PyInt.From(64));
        return m;
    }

    public static PyModule CreateBlake2()
    {
        var m = new PyModule("_blake2");
        m.Dict.Set("blake2b", Blake2Type("blake2b", wide: true));
        m.Dict.Set("blake2s", Blake2Type("blake2s", wide: false));
        foreach (var (prefix, digest, key, salt) in new[] { ("BLAKE2B", 64, 64, 16), ("BLAKE2S", 32, 32, 8) })
        {
            m.Dict.Set($"{prefix}_MAX_DIGEST_SIZE", PyInt.From(digest));
            m.Dict.Set($"{prefix}_MAX_KEY_SIZE", PyInt.From(key));
            m.Dict.Set($"{prefix}_SALT_SIZE", PyInt.From(salt));
            m.Dict.Set($"{prefix}_PERSON_SIZE", PyInt.From(salt));
        }
        return m;
    }

    /// <summary>blake2b/blake2s are classes: the constructor takes the data and the whole parameter block by keyword.</summary>
    private static PyType Blake2Type(string name, bool wide)
    {
        var t = TypeFor("_blake2", name);
        var maxDigest = wide ? 64 : 32;
        var maxSalt = wide ? 16 : 8;
        t.NativeNew = (type, a, k) =>
        {
            PyObject? Kw(string key) => k?.Get(key);
            int Int(string key, int fallback) => Kw(key) is { } v ? (int)Ops.IndexValue(v) : fallback;
            byte[] Bytes(string key) => Kw(key) is { } v ? Data(v) : [];
            var digestSize = Int("digest_size", maxDigest);
            if (digestSize < 1 || digestSize > maxDigest)
            {
                throw Errors.ValueError($"digest_size must be between 1 and {maxDigest} bytes");
            }
            var key = Bytes("key");
            var salt = Bytes("salt");
            var person = Bytes("person");
            if (key.Length > maxDigest)
            {
                throw Errors.ValueError($"maximum key length is {maxDigest} bytes");
            }
            if (salt.Length > maxSalt)
            {
                throw Errors.ValueError($"maximum salt length is {maxSalt} bytes");
            }
            if (person.Length > maxSalt)
            {
                throw Errors.ValueError($"maximum person length is {maxSalt} bytes");
            }
            var parameters = new Blake2Parameters(digestSize, key, salt, person, Int("fanout", 1), Int("depth", 1),
                (uint)Ops.IndexValue(Kw("leaf_size") ?? PyInt.From(0)), (ulong)Ops.ToBig(Kw("node_offset") ?? PyInt.From(0)),
                Int("node_depth", 0), Int("inner_size", 0), Kw("last_node") is { } last && Ops.IsTrue(last));
            var h = new PyHash(type, Blake2.Create(wide, parameters), digestSize, wide ? 128 : 64);
            var data = a.Length > 0 ? a[0] : Kw("data");
            if (data is not null)
            {
                h.Engine.Update(Data(data));
            }
            return h;
        };
        return t;
    }
}
