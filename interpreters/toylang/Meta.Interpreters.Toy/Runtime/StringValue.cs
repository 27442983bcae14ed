namespace Meta.Interpreters.Toy.Runtime;

/// <summary>An immutable string of UTF-16 code units (indexing and len count code units).</summary>
public sealed class StringValue(string value) : Value
{
    /// <summary>
    /// Strings longer than this are a runtime error ("string too long"), not a crash of the
    /// process: .NET cannot make strings much longer, and a doubling loop gets there fast.
    /// </summary>
    public const int MaxLength = 1 << 28;

    public readonly string Value = value;

    public override string TypeName => "string";
}
