using System.Text;
using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Parsing;

namespace Meta.Tools.ParserConformance;

/// <summary>
/// Error conformance: deterministic mutants of Lib files (deleted, duplicated or inserted text)
/// parsed by python3 and by us; counts how often the outcome agrees (same dump, or the same
/// SyntaxError class, message, line and offset).
/// </summary>
public static class ErrorConformance
{
    private static readonly string[] Insertions =
    [
        "(", ")", "[", "]", "{", "}", ",", ":", "=", "==", ".", "'", "\"", "\n", "    ", "\t", "\\", "if ", "else",
        "def ", "lambda", "*", "**", "x y", "1abc", "f'{", "'''", "return", "yield", "import", "as", ";", "@", "$",
    ];

    /// <summary>The seed of the mutants of the tests and of the documented numbers.</summary>
    public const int DefaultSeed = 424242;

    /// <summary>One mutant on which python3 and we disagree.</summary>
    public sealed record Disagreement(string Source, string Python, string Ours);

    /// <summary>Prints the disagreements (up to <paramref name="show"/>), counts by python3 message, and the agreement.</summary>
    public static int Run(string libDir, int count, int show, int seed = DefaultSeed)
    {
        var (agree, disagreements) = Compare(libDir, count, seed);
        foreach (var d in disagreements.Take(show))
        {
            Console.WriteLine($"python3: {Shorten(d.Python)}\n  ours:    {Shorten(d.Ours)}\n  line:    {Shorten(LineOf(d.Source, d.Python))}");
        }

        foreach (var group in disagreements.GroupBy(d => d.Python.Split('(')[0].Trim()).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"  {group.Count(),5}  {group.Key}");
        }

        Console.WriteLine($"agree {agree}/{count}");
        return 0;
    }

    /// <summary>
    /// Makes <paramref name="count"/> mutants (fixed seed, so the same ones every run), parses them
    /// with one python3 process and with us, and returns how many outcomes agree and which do not.
    /// </summary>
    public static (int Agree, List<Disagreement> Disagreements) Compare(string libDir, int count, int seed = DefaultSeed)
    {
        var files = Directory.EnumerateFiles(libDir, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains("site-packages", StringComparison.Ordinal) && new FileInfo(f).Length is > 200 and < 20000)
            .Order(StringComparer.Ordinal)
            .ToList();
        var random = new Random(seed);
        var sources = new List<string>();
        for (var i = 0; i < count; i++)
        {
            sources.Add(Mutate(File.ReadAllText(files[random.Next(files.Count)]), random));
        }

        var expected = PythonOracle.RunSources(sources);
        var agree = 0;
        var disagreements = new List<Disagreement>();
        for (var i = 0; i < sources.Count; i++)
        {
            var e = expected[i];
            string ours;
            try
            {
                ours = "OK " + AstDumper.Dump(Parser.ParseModule(Encoding.UTF8.GetBytes(sources[i])));
            }
            catch (PythonSyntaxError err)
            {
                ours = $"{err.PythonType}: {err.Msg} ({err.Line}:{err.Column})";
            }

            var theirs = e.Ok ? "OK " + e.Dump : $"{e.ErrorType}: {e.ErrorMessage} ({e.Line}:{e.Offset})";
            if (ours == theirs)
            {
                agree++;
            }
            else
            {
                disagreements.Add(new Disagreement(sources[i], theirs, ours));
            }
        }

        return (agree, disagreements);
    }

    /// <summary>The source line python3's error names ("... (LINE:OFFSET)"), for context.</summary>
    private static string LineOf(string source, string outcome)
    {
        var open = outcome.LastIndexOf('(');
        var colon = outcome.IndexOf(':', open + 1);
        if (open < 0 || colon < 0 || !int.TryParse(outcome.AsSpan(open + 1, colon - open - 1), out var line))
        {
            return "";
        }

        var lines = source.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] : "";
    }

    private static string Shorten(string s) => s.Length > 160 ? s[..160] + "..." : s;

    private static string Mutate(string s, Random random)
    {
        var at = random.Next(s.Length);
        var len = Math.Min(s.Length - at, random.Next(1, 12));
        return random.Next(4) switch
        {
            0 => s.Remove(at, len),
            1 => s.Insert(at, Insertions[random.Next(Insertions.Length)]),
            2 => s.Insert(at, s.Substring(at, len)),
            _ => s.Remove(at, 1),
        };
    }
}
