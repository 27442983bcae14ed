namespace Meta.Translator.Diagnostics;

/// <summary>A position in the interpreter's source (1-based line and column), as the PDB gives it.</summary>
public sealed record SourceLocation(string File, int Line, int Column);
