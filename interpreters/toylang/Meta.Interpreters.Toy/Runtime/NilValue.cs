namespace Meta.Interpreters.Toy.Runtime;

/// <summary>nil: the one value of its kind (what a function without <c>return</c> gives).</summary>
public sealed class NilValue : Value
{
    public static readonly NilValue Instance = new();

    private NilValue()
    {
    }

    public override string TypeName => "nil";
}
