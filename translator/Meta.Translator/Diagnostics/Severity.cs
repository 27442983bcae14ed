namespace Meta.Translator.Diagnostics;

/// <summary>How a diagnostic affects the build: errors fail it, warnings only inform.</summary>
public enum Severity
{
    Warning,
    Error,
}
