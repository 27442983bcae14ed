namespace Meta.Interpreters.Toy.Runtime;

/// <summary>An IEEE 754 double. Immutable, so the optimizer may remove the box.</summary>
public sealed class FloatValue(double value) : Value
{
    public readonly double Value = value;

    public override string TypeName => "float";
}
