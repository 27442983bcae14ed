using Meta.Jit;

namespace Meta.Interpreters.Toy.Bytecode;

/// <summary>
/// The compiled form of one function (or of a whole program: the main code object). Everything
/// here is fixed once the compiler is done: a constant code object in a trace makes its
/// instructions, constants and sizes constants too.
/// </summary>
public sealed class CodeObject(
    string name,
    string file,
    int arity,
    int localCount,
    int maxStack,
    Op[] ops,
    int[] args,
    int[] lines,
    int[] columns,
    Runtime.Value[] constants,
    string[] names,
    CodeObject[] functions,
    int[] captureFrom)
{
    /// <summary>The function's name ("main" for a program, "fun" for an anonymous function).</summary>
    public readonly string Name = name;

    /// <summary>The source file, for error positions.</summary>
    public readonly string File = file;

    /// <summary>Number of parameters; they are locals 0 .. arity-1.</summary>
    public readonly int Arity = arity;

    public readonly int LocalCount = localCount;

    /// <summary>The deepest the operand stack gets, computed by the compiler: frames are allocated at this fixed size.</summary>
    public readonly int MaxStack = maxStack;

    [ImmutableElements]
    public readonly Op[] Ops = ops;

    /// <summary>The argument of each instruction.</summary>
    [ImmutableElements]
    public readonly int[] Args = args;

    /// <summary>Source line of each instruction.</summary>
    [ImmutableElements]
    public readonly int[] Lines = lines;

    /// <summary>Source column of each instruction.</summary>
    [ImmutableElements]
    public readonly int[] Columns = columns;

    [ImmutableElements]
    public readonly Runtime.Value[] Constants = constants;

    /// <summary>Field names (GetField, SetField).</summary>
    [ImmutableElements]
    public readonly string[] Names = names;

    /// <summary>Code of the functions defined directly inside this one (MakeClosure).</summary>
    [ImmutableElements]
    public readonly CodeObject[] Functions = functions;

    /// <summary>
    /// How a closure of this function gets its cells from the function that creates it: entry i
    /// &gt;= 0 is the creator's local slot i (holding a cell); entry -(j+1) is the creator's own
    /// captured cell j.
    /// </summary>
    [ImmutableElements]
    public readonly int[] CaptureFrom = captureFrom;
}
