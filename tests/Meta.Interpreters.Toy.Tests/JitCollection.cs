namespace Meta.Interpreters.Toy.Tests;

/// <summary>
/// Tests that attach a JIT runtime to toylang's driver: the driver is one per process and serves
/// one interpreter thread at a time, so these run alone, never beside other toylang tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JitCollection
{
    public const string Name = "toylang with its JIT";
}
