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

    public static int Run(string libDir, int count, int show)
    {
        var files = Directory.EnumerateFiles(libDir, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains("site-packages", StringComparison.Ordinal) && new FileInfo(f).Length is > 200 and < 20000)
            .Order(StringComparer.Ordinal)
            .ToList();
        var random = new Random(424242);
        var dir = Directory.CreateTempSubdirectory("meta-mutants-");
        try
        {
            var paths = new List<string>();
            for (var i = 0; i < count; i++)
            {
                var source = File.ReadAllText(files[random.Next(files.Count)]);
                var path = Path.Combine(dir.FullName, $"m{i}.py");
                File.WriteAllText(path, Mutate(source, random), new UTF8Encoding(false));
                paths.Add(path);
            }

            var expected = PythonOracle.Run(paths);
            int agree = 0, shown = 0;
            var byKind = new Dictionary<string, int>();
            for (var i = 0; i < paths.Count; i++)
            {
                var e = expected[i];
                string ours;
                try
                {
                    var dump = AstDumper.Dump(Parser.ParseModule(File.ReadAllBytes(paths[i]), paths[i]));
                    ours = "OK " + dump;
                }
                catch (PythonSyntaxError err)
                {
                    ours = $"{err.PythonType}: {err.Msg} ({err.Line}:{err.Column})";
                }

                var theirs = e.Ok ? "OK " + e.Dump : $"{e.ErrorType}: {e.ErrorMessage} ({e.Line}:{e.Offset})";
                if (ours == theirs)
                {
                    agree++;
                    continue;
                }

                var kind = e.Ok ? "python3 accepts" : e.ErrorMessage.Split('(')[0].Trim();
                byKind[kind] = byKind.GetValueOrDefault(kind) + 1;
                if (shown++ < show)
                {
                    Console.WriteLine($"{paths[i]}:\n  python3: {Shorten(theirs)}\n  ours:    {Shorten(ours)}");
                }
            }

            foreach (var (kind, n) in byKind.OrderByDescending(p => p.Value))
            {
                Console.WriteLine($"  {n,5}  {kind}");
            }

            Console.WriteLine($"agree {agree}/{count}");
            return 0;
        }
        finally
        {
            if (show == 0)
            {
                dir.Delete(recursive: true);
            }
        }
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
