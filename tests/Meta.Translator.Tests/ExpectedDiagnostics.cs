using System.Text.RegularExpressions;

namespace Meta.Translator.Tests;

/// <summary>
/// Reads a fixture's expectations: "// expect: META0001, META0014" at the end of a line says
/// those rules report that line. Lines without the comment expect nothing.
/// </summary>
public static partial class ExpectedDiagnostics
{
    [GeneratedRegex(@"//\s*expect:\s*(?<ids>META\d{4}(\s*,\s*META\d{4})*)\s*$")]
    private static partial Regex ExpectComment();

    public static IReadOnlyList<string> Read(string sourcePath)
    {
        var result = new List<string>();
        var lines = File.ReadAllLines(sourcePath);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ExpectComment().Match(lines[i]);
            if (match.Success)
            {
                result.AddRange(match.Groups["ids"].Value.Split(',').Select(id => $"{id.Trim()}@{i + 1}"));
            }
        }
        return [.. result.Order(StringComparer.Ordinal)];
    }
}
