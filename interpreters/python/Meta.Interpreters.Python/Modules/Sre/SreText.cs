using System.Runtime.CompilerServices;
using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.Sre;

/// <summary>
/// The string a pattern runs over (sre.c's getstring/getslice): a str (by code point) or a
/// bytes-like object (bytes, bytearray, memoryview), and the slices groups are cut from.
/// </summary>
internal sealed class SreText
{
    public readonly PyObject Original;
    public readonly string? Text;
    public readonly int[]? Wide;
    public readonly byte[]? Bytes;
    public readonly int Length;

    /// <summary>Code points of str objects with astral characters, decoded once per object (tokenizers match the same string many times).</summary>
    private static readonly ConditionalWeakTable<PyStr, int[]> WideCache = [];

    private SreText(PyObject original, string? text, int[]? wide, byte[]? bytes, int length)
    {
        Original = original;
        Text = text;
        Wide = wide;
        Bytes = bytes;
        Length = length;
    }

    public bool IsBytes => Bytes is not null;

    /// <summary>getstring: the subject, or TypeError for anything that is neither str nor bytes-like.</summary>
    public static SreText From(PyObject obj)
    {
        switch (obj)
        {
            case PyStr s:
                if (s.IsBmp)
                {
                    return new SreText(obj, s.Value, null, null, s.Value.Length);
                }
                var wide = WideCache.GetValue(s, static x => DecodeCodePoints(x.Value));
                return new SreText(obj, null, wide, null, wide.Length);
            case PyBytes b:
                return new SreText(obj, null, null, b.Value, b.Value.Length);
            case PyByteArray ba:
                var copy = ba.ToArray();
                return new SreText(obj, null, null, copy, copy.Length);
            case PyMemoryView mv:
                var view = mv.ToArray();
                return new SreText(obj, null, null, view, view.Length);
            default:
                throw Errors.TypeError($"expected string or bytes-like object, got '{obj.Type.Name}'");
        }
    }

    private static int[] DecodeCodePoints(string s)
    {
        var result = new List<int>(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            result.Add(r.Value);
        }
        return [.. result];
    }

    /// <summary>getslice: characters [i, j) as str, or as bytes for every bytes-like subject.</summary>
    public PyObject Slice(int i, int j)
    {
        if (Text is not null)
        {
            return PyStr.From(Text.Substring(i, j - i));
        }
        if (Wide is not null)
        {
            var sb = new StringBuilder(j - i);
            for (var k = i; k < j; k++)
            {
                sb.Append(char.ConvertFromUtf32(Wide[k]));
            }
            return PyStr.From(sb.ToString());
        }
        // A mutable buffer is read again: the match sees the bytes as they are now (sre.c keeps the object, not a copy).
        var current = Original is PyBytes ? Bytes! : BytesMethods.BytesLike(Original) ?? Bytes!;
        i = Math.Min(i, current.Length);
        j = Math.Min(j, current.Length);
        return new PyBytes(current.AsSpan(i, j - i).ToArray());
    }
}
