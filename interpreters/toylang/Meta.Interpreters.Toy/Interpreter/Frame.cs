using Meta.Interpreters.Toy.Runtime;
using Meta.Jit;

namespace Meta.Interpreters.Toy.Interpreter;

/// <summary>
/// The activation of one function: its locals and its operand stack, both arrays of the fixed
/// size the compiler computed. Virtualizable: in compiled code the stack depth and the items of
/// both arrays live in registers and are written back only when compiled code exits.
/// </summary>
[Virtualizable("StackDepth", "Locals[*]", "Stack[*]")]
public sealed class Frame
{
    public readonly Value[] Locals;

    public readonly Value[] Stack;

    public int StackDepth;

    /// <summary>The cells of the running closure (its captured variables).</summary>
    public readonly Cell[] Cells;

    /// <summary>How many calls are active below this one (main is 0).</summary>
    public readonly int Depth;

    public readonly Context Context;

    public Frame(int localCount, int maxStack, Cell[] cells, int depth, Context context)
    {
        Locals = new Value[localCount];
        Stack = new Value[maxStack];
        Cells = cells;
        Depth = depth;
        Context = context;
    }

    public void Push(Value value)
    {
        Stack[StackDepth] = value;
        StackDepth++;
    }

    public Value Pop()
    {
        StackDepth--;
        var value = Stack[StackDepth];
        // Drop the reference so that the frame keeps nothing alive that the program no longer uses.
        Stack[StackDepth] = null!;
        return value;
    }

    public Value Peek() => Stack[StackDepth - 1];

    /// <summary>The value <paramref name="below"/> items under the top (0 is the top).</summary>
    public Value PeekAt(int below) => Stack[StackDepth - 1 - below];
}
