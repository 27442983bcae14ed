using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _string (Objects/stringlib/unicode_format.h, the parser behind str.format, exposed for
/// string.Formatter): formatter_parser yields (literal, field_name, format_spec, conversion)
/// tuples with CPython's brace escaping and errors; formatter_field_name_split splits a field
/// name into its first part (an int when all digits) and (is_attribute, key) pairs.
/// </summary>
public static class StringModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_string");
        Def.Function(m.Dict, "formatter_parser", FormatterParser);
        Def.Function(m.Dict, "formatter_field_name_split", FieldNameSplit);
        return m;
    }

    private static PyObject FormatterParser(PyObject[] a, PyDict? k)
    {
        var s = a[0] as PyStr ?? throw Errors.TypeError($"expected str, got {a[0].Type.Name}");
        var items = new List<PyObject>();
        var text = s.Value;
        var pos = 0;
        while (pos < text.Length)
        {
            items.Add(Next(text, ref pos));
        }
        // CPython parses lazily; the tuples are the same, errors surface when the iterator reaches them.
        return Ops.GetIter(new PyList([.. items]));
    }

    /// <summary>MarkupIterator_next.</summary>
    private static PyTuple Next(string text, ref int pos)
    {
        var literalStart = pos;
        var c = '\0';
        var markupFollows = false;
        while (pos < text.Length)
        {
            c = text[pos++];
            if (c is '{' or '}')
            {
                markupFollows = true;
                break;
            }
        }
        var atEnd = pos >= text.Length;
        var len = pos - literalStart;
        if (c == '}' && markupFollows && (atEnd || text[pos] != '}'))
        {
            throw Errors.ValueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{' && markupFollows)
        {
            throw Errors.ValueError("Single '{' encountered in format string");
        }
        if (!atEnd && markupFollows)
        {
            if (text[pos] == c)
            {
                // An escaped brace: the literal keeps one, no markup follows.
                pos++;
                markupFollows = false;
            }
            else
            {
                len--;
            }
        }
        var literal = PyStr.From(text.Substring(literalStart, len));
        if (!markupFollows)
        {
            return PyTuple.Of(literal, PyNone.Instance, PyNone.Instance, PyNone.Instance);
        }
        // The field: a name (brackets skipped), an optional "!c" conversion, an optional ":spec"
        // in which braces nest. The error at the end of the string depends on how far it got.
        var nameStart = pos;
        string? name = null;
        char? conversion = null;
        var specStart = -1;
        var count = 1;
        while (pos < text.Length)
        {
            var d = text[pos++];
            if (specStart >= 0)
            {
                if (d == '{')
                {
                    count++;
                }
                else if (d == '}' && --count == 0)
                {
                    return Field(literal, name!, text[specStart..(pos - 1)], conversion);
                }
                continue;
            }
            if (name is not null)
            {
                // After the conversion character: ':' or the end of the field.
                if (d == ':')
                {
                    specStart = pos;
                    continue;
                }
                if (d == '}')
                {
                    return Field(literal, name, "", conversion);
                }
                throw Errors.ValueError("expected ':' after conversion specifier");
            }
            switch (d)
            {
                case '[':
                    while (pos < text.Length && text[pos] != ']')
                    {
                        pos++;
                    }
                    break;
                case '{':
                    throw Errors.ValueError("unexpected '{' in field name");
                case '}':
                    return Field(literal, text[nameStart..(pos - 1)], "", null);
                case ':':
                    name = text[nameStart..(pos - 1)];
                    specStart = pos;
                    break;
                case '!':
                    name = text[nameStart..(pos - 1)];
                    if (pos >= text.Length)
                    {
                        throw Errors.ValueError("end of string while looking for conversion specifier");
                    }
                    conversion = text[pos++];
                    break;
            }
        }
        throw Errors.ValueError(name is null ? "expected '}' before end of string" : "unmatched '{' in format spec");
    }

    private static PyTuple Field(PyStr literal, string name, string spec, char? conversion) =>
        PyTuple.Of(literal, PyStr.From(name), PyStr.From(spec), conversion is { } c ? PyStr.From(c.ToString()) : PyNone.Instance);

    private static PyObject Key(string s)
    {
        if (s.Length > 0)
        {
            foreach (var ch in s)
            {
                if (ch is < '0' or > '9')
                {
                    return PyStr.From(s);
                }
            }
            return PyInt.FromBig(System.Numerics.BigInteger.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
        }
        return PyStr.From(s);
    }

    /// <summary>formatter_field_name_split: FieldNameIterator over ".attr" and "[key]" parts.</summary>
    private static PyObject FieldNameSplit(PyObject[] a, PyDict? k)
    {
        var name = (a[0] as PyStr ?? throw Errors.TypeError($"expected str, got {a[0].Type.Name}")).Value;
        var i = 0;
        while (i < name.Length && name[i] is not ('.' or '['))
        {
            i++;
        }
        var first = Key(name[..i]);
        var rest = new List<PyObject>();
        while (i < name.Length)
        {
            var c = name[i++];
            if (c == '.')
            {
                var start = i;
                while (i < name.Length && name[i] is not ('.' or '['))
                {
                    i++;
                }
                if (i == start)
                {
                    throw Errors.ValueError("Empty attribute in format string");
                }
                rest.Add(PyTuple.Of(PyBool.True, PyStr.From(name[start..i])));
            }
            else if (c == '[')
            {
                var start = i;
                while (i < name.Length && name[i] != ']')
                {
                    i++;
                }
                if (i >= name.Length)
                {
                    throw Errors.ValueError("Missing ']' in format string");
                }
                if (i == start)
                {
                    throw Errors.ValueError("Empty attribute in format string");
                }
                rest.Add(PyTuple.Of(PyBool.False, Key(name[start..i])));
                i++;
                if (i < name.Length && name[i] is not ('.' or '['))
                {
                    throw Errors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            else
            {
                throw Errors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return PyTuple.Of(first, Ops.GetIter(new PyList([.. rest])));
    }
}
