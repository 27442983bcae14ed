namespace Meta.Translate;

/// <summary>The CLI's commands.</summary>
public enum Mode
{
    Check,
    Plan,

    /// <summary>Generate the tracing twins and print them as IL text.</summary>
    Dump,
}
