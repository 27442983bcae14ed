using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Builtins;

/// <summary>
/// A builtin function as a value: which one it is (a number, not a delegate: restricted C# has
/// none) and how many arguments it takes. MaxArgs -1 means any number.
/// </summary>
public sealed class BuiltinFunction(BuiltinId id, string name, int minArgs, int maxArgs) : Value
{
    public readonly BuiltinId Id = id;
    public readonly string Name = name;
    public readonly int MinArgs = minArgs;
    public readonly int MaxArgs = maxArgs;

    public override string TypeName => "builtin";
}
