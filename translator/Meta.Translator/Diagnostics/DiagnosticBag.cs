using Mono.Cecil;

namespace Meta.Translator.Diagnostics;

/// <summary>
/// Collects diagnostics for one assembly. One construct often spans several IL instructions
/// (a lambda is an ldftn and a newobj): a rule reports a given source line of a method once.
/// </summary>
public sealed class DiagnosticBag(string assemblyPath)
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<(string Rule, string Method, string? File, int Line, int Offset, string Message)> _seen = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Report(Rule rule, MethodDefinition method, int ilOffset, string message)
    {
        var location = ilOffset >= 0 ? SourceLocator.Locate(method, ilOffset) : SourceLocator.LocateMethod(method);
        // Without a position, distinct instructions stay distinct findings; findings about a whole
        // method (no offset) are told apart by their message.
        var key = (rule.Id, method.FullName, location?.File, location?.Line ?? 0, location is null ? ilOffset : 0, ilOffset < 0 ? message : "");
        if (_seen.Add(key))
        {
            _items.Add(new Diagnostic(rule, message, location, assemblyPath, MethodNames.Short(method), ilOffset));
        }
    }

    /// <summary>A finding about the assembly as a whole: it has no source position.</summary>
    public void ReportAssembly(Rule rule, string message)
    {
        if (_seen.Add((rule.Id, "", null, 0, -1, message)))
        {
            _items.Add(new Diagnostic(rule, message, null, assemblyPath, "assembly", -1));
        }
    }

    /// <summary>Findings in source order (file, line, column), then by rule id: stable output for tests and logs.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.Location?.File ?? d.AssemblyPath, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Rule.Id, StringComparer.Ordinal)
            .ThenBy(d => d.ILOffset)];
}
