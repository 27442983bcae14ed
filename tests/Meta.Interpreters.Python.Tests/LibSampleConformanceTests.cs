using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Parsing;
using Meta.Tools.ParserConformance;

namespace Meta.Interpreters.Python.Tests;

/// <summary>
/// A deterministic sample of CPython's own Lib directory parses to exactly what python3's
/// <c>ast.dump(ast.parse(src), include_attributes=True)</c> prints (positions included).
/// </summary>
public sealed class LibSampleConformanceTests
{
    private const int SampleSize = 240;

    [Fact]
    public void Sample_of_the_standard_library_matches_python3_dumps_with_positions()
    {
        var lib = PythonOracle.StdlibDirectory();
        // site-packages differs between machines; the stdlib proper does not.
        var all = Directory.EnumerateFiles(lib, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains("site-packages", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(all.Count >= SampleSize, $"only {all.Count} files under {lib}");
        var step = all.Count / SampleSize;
        var sample = Enumerable.Range(0, SampleSize).Select(i => all[i * step]).ToList();

        var expected = PythonOracle.Run(sample, includeAttributes: true);
        var failures = new List<string>();
        var compared = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            var bytes = File.ReadAllBytes(sample[i]);
            if (!expected[i].Ok)
            {
                // Files CPython rejects (bad-syntax test data) must be rejected by us as well.
                var error = Record.Exception(() => Parser.ParseModule(bytes, sample[i]));
                if (error is not PythonSyntaxError)
                {
                    failures.Add($"{sample[i]}: python3 rejects it ({expected[i].ErrorMessage}), we did not");
                }

                continue;
            }

            compared++;
            var ours = AstDumper.Dump(Parser.ParseModule(bytes, sample[i]), includeAttributes: true);
            if (ours != expected[i].Dump)
            {
                failures.Add(sample[i]);
            }
        }

        Assert.True(compared >= 200, $"only {compared} files compared");
        Assert.Empty(failures);
    }
}
