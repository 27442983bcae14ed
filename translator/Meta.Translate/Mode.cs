namespace Meta.Translate;

/// <summary>The CLI's commands.</summary>
public enum Mode
{
    Check,
    Plan,
}
