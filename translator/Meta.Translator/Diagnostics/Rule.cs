namespace Meta.Translator.Diagnostics;

/// <summary>
/// One RC# rule: a stable id (never reused for another meaning), its severity, and the one-line
/// title docs/translator.md lists with the reason and the fix.
/// </summary>
public sealed record Rule(string Id, Severity Severity, string Title);
