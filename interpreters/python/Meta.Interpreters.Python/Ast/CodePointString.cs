namespace Meta.Interpreters.Python.Ast;

/// <summary>
/// A Python str that a .NET string cannot represent: one holding surrogate code points written as
/// escapes (<c>'\ud834\udd1e'</c> is two code points in Python, while the same UTF-16 units in a
/// .NET string would read as one astral character). Constants use a plain string otherwise.
/// </summary>
public sealed class CodePointString(int[] codePoints)
{
    public IReadOnlyList<int> CodePoints { get; } = codePoints;

    /// <summary>The UTF-16 form, in which adjacent surrogate code points merge (lossy).</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder(CodePoints.Count);
        foreach (var cp in CodePoints)
        {
            if (cp < 0x10000)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
        }

        return sb.ToString();
    }

    /// <summary>The code points of a .NET string, pairing valid surrogate pairs.</summary>
    public static List<int> CodePointsOf(string s)
    {
        var result = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                result.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                result.Add(s[i]);
            }
        }

        return result;
    }
}
