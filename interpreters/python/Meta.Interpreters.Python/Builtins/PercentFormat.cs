using System.Text;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>printf-style formatting, str % args (Objects/unicodeobject.c PyUnicode_Format).</summary>
public static class PercentFormat
{
    public static string Format(string format, PyObject args)
    {
        var items = args is PyTuple t ? t.Items : [args];
        var mapping = args is PyDict or PyInstance && args is not PyTuple ? args : null;
        var sb = new StringBuilder();
        var next = 0;
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            if (i >= format.Length)
            {
                throw Errors.ValueError("incomplete format");
            }
            PyObject? keyed = null;
            if (format[i] == '(')
            {
                var close = format.IndexOf(')', i);
                keyed = Ops.GetItem(mapping ?? throw Errors.TypeError("format requires a mapping"), PyStr.From(format[(i + 1)..close]));
                i = close + 1;
            }
            var flags = "";
            while (i < format.Length && format[i] is '-' or '+' or ' ' or '#' or '0')
            {
                flags += format[i++];
            }
            var width = "";
            if (i < format.Length && format[i] == '*')
            {
                width = Ops.IndexValue(items[next++]).ToString(System.Globalization.CultureInfo.InvariantCulture);
                i++;
            }
            while (i < format.Length && char.IsAsciiDigit(format[i]))
            {
                width += format[i++];
            }
            var precision = "";
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = ".";
                if (i < format.Length && format[i] == '*')
                {
                    precision += Ops.IndexValue(items[next++]).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    i++;
                }
                while (i < format.Length && char.IsAsciiDigit(format[i]))
                {
                    precision += format[i++];
                }
                if (precision == ".")
                {
                    precision = ".0";
                }
            }
            var type = format[i++];
            if (type == '%')
            {
                sb.Append('%');
                continue;
            }
            PyObject value;
            if (keyed is not null)
            {
                value = keyed;
            }
            else
            {
                if (next >= items.Length || (mapping is not null && args is not PyTuple))
                {
                    if (mapping is not null && next == 0 && items.Length == 1)
                    {
                        value = items[next++];
                    }
                    else
                    {
                        throw Errors.TypeError("not enough arguments for format string");
                    }
                }
                else
                {
                    value = items[next++];
                }
            }
            var align = flags.Contains('-') ? "<" : type is 's' or 'r' or 'a' ? ">" : "";
            var zero = flags.Contains('0') && !flags.Contains('-') && type is not ('s' or 'r' or 'a' or 'c') ? "0" : "";
            var sign = flags.Contains('+') ? "+" : flags.Contains(' ') ? " " : "";
            var alt = flags.Contains('#') ? "#" : "";
            switch (type)
            {
                case 's':
                    sb.Append(Formatting.Format(PyStr.From(Ops.Str(value)), align + width + precision));
                    break;
                case 'r':
                    sb.Append(Formatting.Format(PyStr.From(Ops.Repr(value)), align + width + precision));
                    break;
                case 'a':
                    sb.Append(Formatting.Format(PyStr.From(Conversions.Ascii(Ops.Repr(value))), align + width + precision));
                    break;
                case 'd' or 'i' or 'u':
                    if (value is PyFloat f)
                    {
                        value = PyInt.FromBig(new System.Numerics.BigInteger(Math.Truncate(f.Value)));
                    }
                    if (!Ops.IsInt(value))
                    {
                        throw Errors.TypeError($"%{type} format: a real number is required, not {value.Type.Name}");
                    }
                    if (precision.Length > 1)
                    {
                        // A precision is the minimum number of digits; the zero flag is then ignored (printf's %.Nd).
                        var big = Ops.ToBig(value);
                        var digitsText = System.Numerics.BigInteger.Abs(big).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(int.Parse(precision[1..], System.Globalization.CultureInfo.InvariantCulture), '0');
                        var signText = big.Sign < 0 ? "-" : sign;
                        sb.Append(Formatting.Format(PyStr.From(signText + digitsText), (align.Length > 0 ? align : ">") + width));
                        break;
                    }
                    sb.Append(Formatting.Format(value, align + sign + zero + width + "d"));
                    break;
                case 'x' or 'X' or 'o':
                    sb.Append(Formatting.Format(value, align + sign + alt + zero + width + type));
                    break;
                case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                    sb.Append(Formatting.Format(new PyFloat(Ops.ToDouble(value)), align + sign + alt + zero + width + (precision.Length > 0 ? precision : ".6") + type));
                    break;
                case 'c':
                    sb.Append(value is PyStr cs ? cs.Value : char.ConvertFromUtf32((int)Ops.IndexValue(value)));
                    break;
                default:
                    throw Errors.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {i - 1}");
            }
        }
        if (next < items.Length && mapping is null)
        {
            throw Errors.TypeError("not all arguments converted during string formatting");
        }
        return sb.ToString();
    }
}

/// <summary>str.format (Objects/stringlib/unicode_format.h): fields, indexes, attributes, conversions, nested specs.</summary>
public static class StrFormat
{
    public static string Format(string format, PyObject[] args, PyDict? kwargs)
    {
        var auto = 0;
        return Format(format, args, kwargs, ref auto);
    }

    /// <summary>str.format_map: named fields are looked up with mapping[name], so a dict subclass's __missing__ applies.</summary>
    public static string FormatMap(string format, PyObject mapping)
    {
        var auto = 0;
        return Format(format, [], mapping, ref auto);
    }

    /// <summary>
    /// <paramref name="auto"/> is the next automatic field number, shared with nested specs, or
    /// -1 once a field was numbered explicitly (the two styles cannot mix).
    /// </summary>
    private static string Format(string format, PyObject[] args, PyObject? kwargs, ref int auto)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (c == '{')
            {
                if (i + 1 < format.Length && format[i + 1] == '{')
                {
                    sb.Append('{');
                    i += 2;
                    continue;
                }
                var depth = 1;
                var j = i + 1;
                while (j < format.Length && depth > 0)
                {
                    if (format[j] == '{')
                    {
                        depth++;
                    }
                    else if (format[j] == '}')
                    {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0)
                {
                    throw Errors.ValueError("expected '}' before end of string");
                }
                var field = format[(i + 1)..(j - 1)];
                sb.Append(FormatField(field, args, kwargs, ref auto));
                i = j;
                continue;
            }
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}')
                {
                    sb.Append('}');
                    i += 2;
                    continue;
                }
                throw Errors.ValueError("Single '}' encountered in format string");
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    private static string FormatField(string field, PyObject[] args, PyObject? kwargs, ref int auto)
    {
        var spec = "";
        var conversion = '\0';
        var colon = field.IndexOf(':');
        var bang = field.IndexOf('!');
        if (colon >= 0 && (bang < 0 || bang > colon))
        {
            spec = field[(colon + 1)..];
            field = field[..colon];
        }
        else if (bang >= 0)
        {
            if (colon >= 0)
            {
                spec = field[(colon + 1)..];
                field = field[..colon];
            }
            conversion = field[bang + 1];
            field = field[..bang];
        }
        if (spec.Contains('{'))
        {
            spec = Format(spec, args, kwargs, ref auto);
        }
        var end = field.IndexOfAny(['.', '[']);
        var head = end < 0 ? field : field[..end];
        PyObject value;
        if (head.Length == 0)
        {
            if (auto < 0)
            {
                throw Errors.ValueError("cannot switch from manual field specification to automatic field numbering");
            }
            value = auto < args.Length ? args[auto++] : throw Errors.IndexError($"Replacement index {auto} out of range for positional args tuple");
        }
        else if (int.TryParse(head, out var index))
        {
            if (auto > 0)
            {
                throw Errors.ValueError("cannot switch from automatic field numbering to manual field specification");
            }
            auto = -1;
            value = index < args.Length ? args[index] : throw Errors.IndexError($"Replacement index {index} out of range for positional args tuple");
        }
        else
        {
            value = kwargs is null ? throw Errors.KeyError(PyStr.From(head)) : Ops.GetItem(kwargs, PyStr.From(head));
        }
        var rest = end < 0 ? "" : field[end..];
        while (rest.Length > 0)
        {
            if (rest[0] == '.')
            {
                var stop = rest.IndexOfAny(['.', '['], 1);
                var name = stop < 0 ? rest[1..] : rest[1..stop];
                value = Ops.GetAttr(value, name);
                rest = stop < 0 ? "" : rest[stop..];
            }
            else
            {
                var close = rest.IndexOf(']');
                var key = rest[1..close];
                value = Ops.GetItem(value, int.TryParse(key, out var k) ? PyInt.From(k) : PyStr.From(key));
                rest = rest[(close + 1)..];
            }
        }
        value = conversion switch
        {
            'r' => PyStr.From(Ops.Repr(value)),
            's' => PyStr.From(Ops.Str(value)),
            'a' => PyStr.From(Conversions.Ascii(Ops.Repr(value))),
            _ => value,
        };
        return Formatting.Format(value, spec);
    }
}
