using System.Runtime.CompilerServices;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Interpreter;

/// <summary>
/// An activation of a code object (CPython's _PyInterpreterFrame, PyPy's PyFrame). Designed to
/// be virtualizable: fast locals, the value stack and its depth are fixed-size arrays and
/// fields that compiled code keeps in registers and writes back only when it leaves.
/// The block stack holds (kind, handler pc, stack level) triples of the active try blocks.
/// </summary>
[Meta.Jit.Virtualizable("Locals[*]", "Stack[*]", "Sp", "Pc")]
public sealed class Frame
{
    public const int BlockHandler = 1;
    public const int BlockCleanup = 2;

    public readonly PyCode Code;
    public readonly PyDict Globals;
    public readonly PyObject?[] Locals;
    public readonly PyCell[] Cells;
    public readonly PyObject?[] Stack;
    public PyDict? NameDict;
    public int Sp;
    public int Pc;
    public int[] Blocks;
    public int BlockCount;

    /// <summary>Set when the frame left by a yield rather than a return.</summary>
    public bool Yielded;

    public Frame(PyCode code, PyDict globals)
    {
        Code = code;
        Globals = globals;
        Locals = code.NLocals == 0 ? [] : new PyObject?[code.NLocals];
        Cells = code.NCells == 0 ? [] : new PyCell[code.NCells];
        Stack = new PyObject?[code.StackSize];
        // Most frames never enter a try block: the block stack is allocated on first use.
        Blocks = [];
    }

    public int Line => Code.Lines.Length == 0 ? Code.FirstLineNo : Code.Lines[Math.Min(Pc, Code.Lines.Length - 1)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(PyObject value) => Stack[Sp++] = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Pop()
    {
        var v = Stack[--Sp]!;
        Stack[Sp] = null;
        return v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Top() => Stack[Sp - 1]!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Peek(int n) => Stack[Sp - n]!;

    public void PushBlock(int kind, int handler)
    {
        if ((BlockCount + 1) * 3 > Blocks.Length)
        {
            Array.Resize(ref Blocks, Blocks.Length * 2 + 6);
        }
        Blocks[BlockCount * 3] = kind;
        Blocks[(BlockCount * 3) + 1] = handler;
        Blocks[(BlockCount * 3) + 2] = Sp;
        BlockCount++;
    }
}
