using System.Text.RegularExpressions;

namespace Meta.Translator.Tests;

/// <summary>
/// Reads a fixture's expectations: "// expect: META0001, META0014" at the end of a line says
/// those rules report that line. Lines without the comment expect nothing. "// expect-elsewhere:
/// META0101" expects a diagnostic without a line in the fixture (about the whole assembly).
/// </summary>
public static partial class ExpectedDiagnostics
{
    [GeneratedRegex(@"//\s*expect:\s*(?<ids>META\d{4}(\s*,\s*META\d{4})*)\s*$")]
    private static partial Regex ExpectComment();

    [GeneratedRegex(@"//\s*expect-elsewhere:\s*(?<id>META\d{4})\s*$")]
    private static partial Regex ExpectElsewhereComment();

    public static IReadOnlyList<string> Read(string sourcePath)
    {
        var result = new List<string>();
        var lines = File.ReadAllLines(sourcePath);
        for (var i = 0; i < lines.Length; i++)
        {
            if (ExpectElsewhereComment().Match(lines[i]) is { Success: true } elsewhere)
            {
                result.Add($"{elsewhere.Groups["id"].Value}@elsewhere");
                continue;
            }
            var match = ExpectComment().Match(lines[i]);
            if (match.Success)
            {
                result.AddRange(match.Groups["ids"].Value.Split(',').Select(id => $"{id.Trim()}@{i + 1}"));
            }
        }
        return [.. result.Order(StringComparer.Ordinal)];
    }
}
