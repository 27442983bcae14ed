namespace Meta.Interpreters.Toy.Runtime;

/// <summary>An immutable string of UTF-16 code units (indexing and len count code units).</summary>
public sealed class StringValue(string value) : Value
{
    public readonly string Value = value;

    public override string TypeName => "string";
}
