using System.Text;
using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Parsing;
using Meta.Tools.ParserConformance;

namespace Meta.Interpreters.Python.Tests;

/// <summary>
/// Robustness: over 10,000 hostile inputs per run (random bytes, token soup, mutations of real
/// Lib files, pathological nesting) the front end either returns a tree or raises
/// PythonSyntaxError, never any other exception. Seeds are fixed, so every run sees the same inputs.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Vocabulary =
    [
        "x", "y", "_", "match", "case", "print", "async", "await", "def", "class", "if", "elif", "else", "for", "while",
        "in", "not", "is", "and", "or", "lambda", "yield", "from", "import", "as", "with", "try", "except", "except*",
        "finally", "raise", "return", "pass", "del", "global", "nonlocal", "assert", "None", "True", "False",
        "0", "1_0", "0x", "0b12", "1e", "1.5j", "09", "1__0", "'s'", "\"t\"", "'''", "\"\"\"", "f'{x}'", "f'{", "f'}'",
        "f'{x!z}'", "f'{x:{y:{z}}}'", "b'\\xff'", "rb'\\'", "'\\N{BULLET}'", "'\\N{", "'\\x4'", "u'", "'\\u12'",
        "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", ":=", "==", "->", "+", "-", "*", "**", "/", "//",
        "%", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "!=", "<>", "+=", "**=", "!", "$", "?", "`", "\\",
        "\n", "\n", "\n", "    ", "\t", " ", "#c", "\f", "\r\n", "\u00e9", "\u20ac", "\u00a0", "\ufeff", "\0",
    ];

    [Fact]
    public void Hostile_inputs_raise_only_python_syntax_errors()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var input in Inputs())
        {
            count++;
            try
            {
                var module = Parser.ParseModule(input);
                _ = AstDumper.Dump(module, includeAttributes: true);
            }
            catch (PythonSyntaxError)
            {
                // The only acceptable failure.
            }
            catch (Exception e)
            {
                failures.Add($"{e.GetType().Name}: {e.Message} for {Convert.ToBase64String(input)}");
            }
        }

        Assert.True(count >= 10_000, $"only {count} inputs");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    private static IEnumerable<byte[]> Inputs()
    {
        var random = new Random(12345);

        // Random bytes: invalid UTF-8, NUL bytes, stray BOMs.
        for (var i = 0; i < 2500; i++)
        {
            var bytes = new byte[random.Next(0, 120)];
            random.NextBytes(bytes);
            yield return bytes;
        }

        // Random printable-ish text.
        for (var i = 0; i < 1500; i++)
        {
            var sb = new StringBuilder();
            var n = random.Next(0, 80);
            for (var j = 0; j < n; j++)
            {
                sb.Append((char)random.Next(9, 127));
            }

            yield return Encoding.UTF8.GetBytes(sb.ToString());
        }

        // Token soup.
        for (var i = 0; i < 3500; i++)
        {
            var sb = new StringBuilder();
            var n = random.Next(1, 40);
            for (var j = 0; j < n; j++)
            {
                sb.Append(Vocabulary[random.Next(Vocabulary.Length)]);
                if (random.Next(3) == 0)
                {
                    sb.Append(' ');
                }
            }

            yield return Encoding.UTF8.GetBytes(sb.ToString());
        }

        // Mutations of real files.
        foreach (var source in SampleSources())
        {
            for (var k = 0; k < 60; k++)
            {
                yield return Encoding.UTF8.GetBytes(Mutate(source, random));
            }
        }

        // Pathological nesting and sizes.
        foreach (var n in new[] { 10, 100, 199, 200, 201, 1000, 5000 })
        {
            yield return Encoding.UTF8.GetBytes(new string('(', n) + "x" + new string(')', n));
            yield return Encoding.UTF8.GetBytes(new string('[', n));
            yield return Encoding.UTF8.GetBytes(new string('-', n) + "1");
            yield return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("not ", n)) + "x");
            yield return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("lambda: ", n)) + "x");
            yield return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("x if y else ", n)) + "x");
            yield return Encoding.UTF8.GetBytes("x" + string.Concat(Enumerable.Repeat(".a", n)));
            yield return Encoding.UTF8.GetBytes("x" + string.Concat(Enumerable.Repeat(" + x", n)));
            yield return Encoding.UTF8.GetBytes("x" + string.Concat(Enumerable.Repeat("()", n)));
            yield return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, Math.Min(n, 150)).Select(d => new string(' ', d) + "if x:\n")) + new string(' ', Math.Min(n, 150)) + "pass\n");
            yield return Encoding.UTF8.GetBytes("f'{" + string.Concat(Enumerable.Repeat("f\"{", Math.Min(n, 50))) + "x");
            yield return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("@d\n", n)) + "def f(): pass\n");
            yield return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("*", n)) + "x = 1");
            yield return Encoding.UTF8.GetBytes("match x:\n case " + string.Concat(Enumerable.Repeat("[", Math.Min(n, 199))) + "y");
        }
    }

    /// <summary>A fixed sample of small stdlib files (sorted, every k-th), the seeds of the mutations.</summary>
    private static List<string> SampleSources()
    {
        var lib = PythonOracle.StdlibDirectory();
        var files = Directory.EnumerateFiles(lib, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains("site-packages", StringComparison.Ordinal) && new FileInfo(f).Length is > 200 and < 6000)
            .Order(StringComparer.Ordinal)
            .ToList();
        var step = Math.Max(1, files.Count / 45);
        return [.. files.Where((_, i) => i % step == 0).Take(45).Select(File.ReadAllText)];
    }

    private static string Mutate(string source, Random random)
    {
        var s = source;
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && s.Length > 0; e++)
        {
            var at = random.Next(s.Length);
            var len = Math.Min(s.Length - at, random.Next(1, 20));
            s = random.Next(6) switch
            {
                0 => s.Remove(at, len),
                1 => s.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]),
                2 => s.Insert(at, s.Substring(at, len)),
                3 => s[..at],
                4 => s.Remove(at, 1).Insert(Math.Min(at + 1, s.Length - 1), s[at].ToString()),
                _ => s.Replace(s[at], (char)random.Next(32, 127)),
            };
        }

        return s;
    }
}
