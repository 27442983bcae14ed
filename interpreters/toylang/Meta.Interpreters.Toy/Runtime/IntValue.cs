namespace Meta.Interpreters.Toy.Runtime;

/// <summary>A 64-bit signed integer. Immutable, so the optimizer may remove the box.</summary>
public sealed class IntValue(long value) : Value
{
    public readonly long Value = value;

    public override string TypeName => "int";
}
