using System.Numerics;
using System.Security.Cryptography;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// An instance of _random.Random (or of a Python subclass such as random.Random): the Mersenne
/// Twister state lives in the object, attributes of subclasses in the <see cref="PyInstance"/>.
/// </summary>
public sealed class PyRandom(PyType type) : PyInstance(type)
{
    public const int N = 624;
    public readonly uint[] State = new uint[N];
    public int Index = N + 1;
}

/// <summary>
/// _random (Modules/_randommodule.c): MT19937 exactly as CPython seeds and draws from it, so
/// random.seed(42); random.random() gives CPython's number. seed() takes None (OS entropy), an int
/// (its absolute value as 32-bit words) or any hashable (its hash); random.py turns str and bytes
/// into ints first.
/// </summary>
public static class RandomModule
{
    public static readonly PyType RandomType = MakeType();

    public static PyModule Create()
    {
        var m = new PyModule("_random");
        m.Dict.Set("Random", RandomType);
        return m;
    }

    private static PyType MakeType()
    {
        var t = new PyType("Random", [TypeObjects.Object], module: "_random") { NativeNew = New };
        Def.Slot(t, "__init__", Init);
        Def.Method(t, "seed", (a, _) => Seed(Self(a), a.Length > 1 ? a[1] : PyNone.Instance));
        Def.Method(t, "random", (a, _) => new PyFloat(NextDouble(Self(a))));
        Def.Method(t, "getrandbits", (a, _) => GetRandBits(Self(a), a.Length > 1 ? Ops.IndexValue(a[1]) : throw Errors.TypeError("getrandbits() takes exactly one argument (0 given)")));
        Def.Method(t, "getstate", (a, _) => GetState(Self(a)));
        Def.Method(t, "setstate", (a, _) => SetState(Self(a), a.Length > 1 ? a[1] : throw Errors.TypeError("setstate() takes exactly one argument (0 given)")));
        return t;
    }

    private static PyRandom Self(PyObject[] a) =>
        a.Length > 0 && a[0] is PyRandom r ? r : throw Errors.TypeError("descriptor requires a '_random.Random' object");

    private static PyObject New(PyType type, PyObject[] a, PyDict? k)
    {
        var r = new PyRandom(type);
        // random_new seeds from the argument only for the base type; subclasses seed in __init__.
        if (ReferenceEquals(type, RandomType))
        {
            if (k is not null && k.Count > 0)
            {
                throw Errors.TypeError("Random() takes no keyword arguments");
            }
            if (a.Length > 1)
            {
                throw Errors.TypeError("Random() requires 0 or 1 argument");
            }
            Seed(r, a.Length == 1 ? a[0] : PyNone.Instance);
        }
        else
        {
            Seed(r, PyNone.Instance);
        }
        return r;
    }

    private static PyObject Init(PyObject[] a, PyDict? k)
    {
        var r = Self(a);
        if (ReferenceEquals(r.Type, RandomType))
        {
            if (k is not null && k.Count > 0)
            {
                throw Errors.TypeError("Random() takes no keyword arguments");
            }
            if (a.Length > 2)
            {
                throw Errors.TypeError("Random() requires 0 or 1 argument");
            }
            Seed(r, a.Length == 2 ? a[1] : PyNone.Instance);
        }
        return PyNone.Instance;
    }

    /// <summary>init_genrand: the state from one 32-bit seed (the reference MT19937 initialization).</summary>
    private static void InitGenRand(PyRandom r, uint s)
    {
        var mt = r.State;
        mt[0] = s;
        for (var i = 1; i < PyRandom.N; i++)
        {
            mt[i] = (1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30))) + (uint)i;
        }
        r.Index = PyRandom.N;
    }

    /// <summary>init_by_array: the state from a key of 32-bit words.</summary>
    private static void InitByArray(PyRandom r, uint[] key)
    {
        var mt = r.State;
        InitGenRand(r, 19650218u);
        int i = 1, j = 0;
        for (var k = Math.Max(PyRandom.N, key.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= PyRandom.N)
            {
                mt[0] = mt[PyRandom.N - 1];
                i = 1;
            }
            if (j >= key.Length)
            {
                j = 0;
            }
        }
        for (var k = PyRandom.N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= PyRandom.N)
            {
                mt[0] = mt[PyRandom.N - 1];
                i = 1;
            }
        }
        // The most significant bit is 1: the state is never all zeros.
        mt[0] = 0x80000000u;
    }

    /// <summary>genrand_uint32: the next tempered 32-bit output, regenerating the 624 words when they run out.</summary>
    private static uint NextUInt32(PyRandom r)
    {
        const int m = 397;
        var mt = r.State;
        if (r.Index >= PyRandom.N)
        {
            int kk;
            for (kk = 0; kk < PyRandom.N - m; kk++)
            {
                var y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
                mt[kk] = mt[kk + m] ^ (y >> 1) ^ ((y & 1) * 0x9908b0dfu);
            }
            for (; kk < PyRandom.N - 1; kk++)
            {
                var y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
                mt[kk] = mt[kk + (m - PyRandom.N)] ^ (y >> 1) ^ ((y & 1) * 0x9908b0dfu);
            }
            var last = (mt[PyRandom.N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
            mt[PyRandom.N - 1] = mt[m - 1] ^ (last >> 1) ^ ((last & 1) * 0x9908b0dfu);
            r.Index = 0;
        }
        var v = mt[r.Index++];
        v ^= v >> 11;
        v ^= (v << 7) & 0x9d2c5680u;
        v ^= (v << 15) & 0xefc60000u;
        v ^= v >> 18;
        return v;
    }

    /// <summary>random_random: 53 random bits, from 27 and 26 bits of two outputs.</summary>
    private static double NextDouble(PyRandom r)
    {
        var a = NextUInt32(r) >> 5;
        var b = NextUInt32(r) >> 6;
        return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
    }

    private static PyObject Seed(PyRandom r, PyObject arg)
    {
        if (arg is PyNone)
        {
            var entropy = new byte[PyRandom.N * 4];
            RandomNumberGenerator.Fill(entropy);
            var words = new uint[PyRandom.N];
            Buffer.BlockCopy(entropy, 0, words, 0, entropy.Length);
            InitByArray(r, words);
            return PyNone.Instance;
        }
        // An int seeds with its absolute value; anything else with its hash read as an unsigned word.
        var n = Ops.IsInt(arg) ? BigInteger.Abs(Ops.ToBig(arg)) : new BigInteger(unchecked((ulong)Ops.Hash(arg)));
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var key = new uint[Math.Max(1, (bytes.Length + 3) / 4)];
        for (var i = 0; i < bytes.Length; i++)
        {
            key[i / 4] |= (uint)bytes[i] << (8 * (i % 4));
        }
        // Leading zero words are not part of the key (CPython counts the bits of n).
        var used = key.Length;
        while (used > 1 && key[used - 1] == 0)
        {
            used--;
        }
        InitByArray(r, key[..used]);
        return PyNone.Instance;
    }

    /// <summary>random_getrandbits: k bits as a non-negative int, filled 32 bits at a time from the low end.</summary>
    private static PyObject GetRandBits(PyRandom r, long k)
    {
        if (k < 0)
        {
            throw Errors.ValueError("number of bits must be non-negative");
        }
        if (k == 0)
        {
            return PyInt.From(0);
        }
        if (k <= 32)
        {
            return PyInt.From(NextUInt32(r) >> (int)(32 - k));
        }
        var words = (int)((k - 1) / 32) + 1;
        var bytes = new byte[words * 4];
        for (var i = 0; i < words; i++, k -= 32)
        {
            var w = NextUInt32(r);
            if (k < 32)
            {
                // The last word keeps only its top k bits.
                w >>= (int)(32 - k);
            }
            bytes[4 * i] = (byte)w;
            bytes[(4 * i) + 1] = (byte)(w >> 8);
            bytes[(4 * i) + 2] = (byte)(w >> 16);
            bytes[(4 * i) + 3] = (byte)(w >> 24);
        }
        return PyInt.FromBig(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }

    private static PyObject GetState(PyRandom r)
    {
        var items = new PyObject[PyRandom.N + 1];
        for (var i = 0; i < PyRandom.N; i++)
        {
            items[i] = PyInt.From(r.State[i]);
        }
        items[PyRandom.N] = PyInt.From(r.Index);
        return new PyTuple(items);
    }

    private static PyObject SetState(PyRandom r, PyObject state)
    {
        if (state is not PyTuple t)
        {
            throw Errors.TypeError("state vector must be a tuple");
        }
        if (t.Items.Length != PyRandom.N + 1)
        {
            throw Errors.ValueError("state vector is the wrong size");
        }
        var words = new uint[PyRandom.N];
        for (var i = 0; i < PyRandom.N; i++)
        {
            var v = Ops.ToBig(Ops.IsInt(t.Items[i]) ? t.Items[i] : throw Errors.TypeError($"'{t.Items[i].Type.Name}' object cannot be interpreted as an integer"));
            words[i] = (uint)(v & uint.MaxValue);
        }
        var index = Ops.IndexValue(t.Items[PyRandom.N]);
        if (index < 0 || index > PyRandom.N)
        {
            throw Errors.ValueError("invalid state");
        }
        Array.Copy(words, r.State, PyRandom.N);
        r.Index = (int)index;
        return PyNone.Instance;
    }
}
