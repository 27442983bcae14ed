using Mono.Cecil;

namespace Meta.Translator.Hints;

/// <summary>
/// A JitDriver as the interpreter declares it: the static field holding it and the names given
/// to its constructor, read from the IL of the static constructor.
/// </summary>
public sealed record DriverDeclaration(FieldDefinition Field, string Name, IReadOnlyList<string> Greens, IReadOnlyList<string> Reds, string? Virtualizable)
{
    /// <summary>The argument names a MergePoint or CanEnterJit call must pass: greens, then reds.</summary>
    public IReadOnlyList<string> Arguments { get; } = [.. Greens, .. Reds];

    public string Describe() =>
        $"driver '{Name}' declares greens ({string.Join(", ", Greens)}) and reds ({string.Join(", ", Reds)})";
}
