namespace Meta.Interpreters.Toy.Runtime;

/// <summary>true or false: two singletons, so comparing booleans is comparing references.</summary>
public sealed class BoolValue : Value
{
    public static readonly BoolValue True = new(true);
    public static readonly BoolValue False = new(false);

    public readonly bool Value;

    private BoolValue(bool value) => Value = value;

    public override string TypeName => "bool";

    public static BoolValue Of(bool value) => value ? True : False;
}
