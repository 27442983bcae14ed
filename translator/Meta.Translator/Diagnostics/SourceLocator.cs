using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Diagnostics;

/// <summary>
/// Maps an IL offset to the source position of the statement it belongs to: the last visible
/// sequence point at or before the offset (the PDB marks only statement starts; 0xfeefee lines
/// are hidden compiler code). Without symbols, or in hidden code at the start of a method, the
/// method's first visible point is used, and failing that none.
/// </summary>
public static class SourceLocator
{
    private const int HiddenLine = 0xfeefee;

    public static SourceLocation? Locate(MethodDefinition method, int ilOffset)
    {
        if (!method.HasBody || !method.DebugInformation.HasSequencePoints)
        {
            return null;
        }
        SequencePoint? best = null;
        SequencePoint? first = null;
        foreach (var point in method.DebugInformation.SequencePoints)
        {
            if (point.StartLine == HiddenLine || point.IsHidden)
            {
                continue;
            }
            first ??= point;
            if (point.Offset <= ilOffset && (best is null || point.Offset >= best.Offset))
            {
                best = point;
            }
        }
        var chosen = best ?? first;
        return chosen is null ? null : new SourceLocation(chosen.Document.Url, chosen.StartLine, chosen.StartColumn);
    }

    /// <summary>Where the method's own code starts (its first visible statement), for rules about the whole method.</summary>
    public static SourceLocation? LocateMethod(MethodDefinition method) => Locate(method, -1);
}
