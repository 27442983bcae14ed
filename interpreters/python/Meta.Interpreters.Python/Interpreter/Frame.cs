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
    // Locals and Stack are object arrays, not PyObject arrays: a store into a PyObject[] pays
    // the CLR's covariant array check (a cast-cache lookup per store, a third of the run time
    // of float-heavy code), while a store into object[] takes the runtime's exact-type fast path.
    public readonly object?[] Locals;
    public readonly PyCell[] Cells;
    public readonly object?[] Stack;
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
        Locals = code.NLocals == 0 ? [] : new object?[code.NLocals];
        Cells = code.NCells == 0 ? [] : new PyCell[code.NCells];
        Stack = new object?[code.StackSize];
        // Most frames never enter a try block: the block stack is allocated on first use.
        Blocks = [];
    }

    public int Line => Code.Lines.Length == 0 ? Code.FirstLineNo : Code.Lines[Math.Min(Pc, Code.Lines.Length - 1)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(PyObject value) => Stack[Sp++] = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Pop()
    {
        var v = (PyObject)Stack[--Sp]!;
        Stack[Sp] = null;
        return v;
    }

    // The *Value forms move a slot's value as it is, without the cast back to PyObject: the
    // instructions that only shuffle values (LOAD_FAST, STORE_FAST, POP_TOP) or test their class
    // first (the fast paths) skip a cast helper call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushValue(object value) => Stack[Sp++] = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object PopValue()
    {
        var v = Stack[--Sp]!;
        Stack[Sp] = null;
        return v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object PeekValue(int n) => Stack[Sp - n]!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Top() => (PyObject)Stack[Sp - 1]!;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Peek(int n) => (PyObject)Stack[Sp - n]!;

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
