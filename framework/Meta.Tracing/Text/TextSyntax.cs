using System.Globalization;
using System.Text;
using Meta.Tracing.IR;

namespace Meta.Tracing.Text;

/// <summary>The lexical rules that the printer and the lexer of trace text share.</summary>
public static class TextSyntax
{
    public static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c is '_' or '<';

    public static bool IsNamePart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '<' or '>' or '`' or '#' or '+';

    /// <summary>A name as trace text writes it: bare when it is an identifier, else in backquotes.</summary>
    public static string Name(string name)
    {
        var bare = name.Length > 0 && IsNameStart(name[0]) && name.All(IsNamePart) && !name.Contains('`');
        return bare ? name : "`" + name.Replace("`", "``") + "`";
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>Shortest text that reads back to the same double, always with a '.' or exponent.</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    /// <summary>The flags of an array declaration, each after a space: immutable, virtualizable.</summary>
    public static string Flags(ArrayDescr array) =>
        (array.ElementsImmutable ? " immutable" : "") + (array.IsVirtualizable ? " virtualizable" : "");

    public static string String(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    public static string Flags(FieldFlags flags)
    {
        var words = new List<string>();
        if ((flags & FieldFlags.Immutable) != 0)
        {
            words.Add("immutable");
        }
        if ((flags & FieldFlags.QuasiImmutable) != 0)
        {
            words.Add("quasi_immutable");
        }
        if ((flags & FieldFlags.Static) != 0)
        {
            words.Add("static");
        }
        if ((flags & FieldFlags.Virtualizable) != 0)
        {
            words.Add("virtualizable");
        }
        return string.Concat(words.Select(word => " " + word));
    }
}
