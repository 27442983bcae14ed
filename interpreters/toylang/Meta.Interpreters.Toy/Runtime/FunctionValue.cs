using Meta.Interpreters.Toy.Bytecode;
using Meta.Jit;

namespace Meta.Interpreters.Toy.Runtime;

/// <summary>A user function: its code and the cells of the variables it captured (a closure).</summary>
public sealed class FunctionValue(CodeObject code, Cell[] cells) : Value
{
    public readonly CodeObject Code = code;

    [ImmutableElements]
    public readonly Cell[] Cells = cells;

    public override string TypeName => "function";
}
