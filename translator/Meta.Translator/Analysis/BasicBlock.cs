using Mono.Cecil.Cil;

namespace Meta.Translator.Analysis;

/// <summary>A straight run of IL instructions entered only at its first and left only after its last.</summary>
public sealed class BasicBlock(int index)
{
    public int Index { get; } = index;
    public List<Instruction> Instructions { get; } = [];
    public List<BasicBlock> Successors { get; } = [];
    public List<BasicBlock> Predecessors { get; } = [];

    public Instruction First => Instructions[0];
    public Instruction Last => Instructions[^1];

    public override string ToString() => $"B{Index}@IL_{First.Offset:x4}";
}
