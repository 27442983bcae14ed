using System.Text;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>Helpers that turn Python values into C# ones for builtins.</summary>
public static class Conversions
{
    /// <summary>All items of an iterable (PySequence_Fast).</summary>
    public static PyObject[] ToArray(PyObject iterable)
    {
        switch (iterable)
        {
            case PyTuple t:
                return t.Items;
            case PyList l:
                return l.ToArray();
        }
        var result = new List<PyObject>();
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } x)
        {
            result.Add(x);
        }
        return [.. result];
    }

    public static string Ascii(string repr)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < repr.Length; i++)
        {
            var c = repr[i];
            if (char.IsSurrogatePair(repr, i))
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(c, repr[++i]).ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (c < 128)
            {
                sb.Append(c);
            }
            else if (c < 256)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    public static string AsString(PyObject o, string what) =>
        o is PyStr s ? s.Value : throw Errors.TypeError($"{what} must be str, not {o.Type.Name}");

    public static PyObject? Keyword(PyDict? kwargs, string name) => kwargs?.Get(name);
}
