namespace Meta.Translator.Analysis;

/// <summary>A loop of the control flow graph: its header, the blocks that jump back to it (latches), and its body.</summary>
public sealed record NaturalLoop(BasicBlock Header, IReadOnlyList<BasicBlock> Latches, IReadOnlySet<BasicBlock> Body);
