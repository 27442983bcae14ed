using System.Globalization;

namespace Meta.Translator.Diagnostics;

/// <summary>
/// A finding of the checker. <see cref="ToString"/> prints the canonical compiler form
/// <c>file(line,col): error METAnnnn: message</c> that MSBuild, editors and CI parse; without
/// a source position (no PDB) the assembly path stands in for the file.
/// </summary>
public sealed record Diagnostic(Rule Rule, string Message, SourceLocation? Location, string AssemblyPath, string Method, int ILOffset)
{
    public Severity Severity => Rule.Severity;

    public override string ToString()
    {
        var where = Location is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"{l.File}({l.Line},{l.Column})")
            : AssemblyPath;
        var kind = Severity == Severity.Error ? "error" : "warning";
        var offset = ILOffset >= 0 ? string.Create(CultureInfo.InvariantCulture, $", IL_{ILOffset:x4}") : "";
        return $"{where}: {kind} {Rule.Id}: {Message} [{Method}{offset}]";
    }
}
