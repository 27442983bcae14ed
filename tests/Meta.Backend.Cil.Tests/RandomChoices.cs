using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Meta.Backend.Cil.Tests;

/// <summary>How the random-trace properties draw their cases: the FsCheck configuration and the choice arrays.</summary>
internal static class RandomChoices
{
    /// <summary>
    /// <paramref name="cases"/> cases from a fixed seed, so CI is deterministic;
    /// META_FSCHECK_SEED explores other cases locally.
    /// </summary>
    public static Config Config(int cases, ulong seed)
    {
        var chosen = ulong.TryParse(Environment.GetEnvironmentVariable("META_FSCHECK_SEED"), out var fromEnvironment) ? fromEnvironment : seed;
        return FsCheck.Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(chosen, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
    }

    /// <summary>
    /// FsCheck's own int[] grows too slowly for traces of a few dozen ops: 20-200 choices of any
    /// size, with its shrinker (drop elements, shrink numbers).
    /// </summary>
    public static Arbitrary<int[]> Arrays()
    {
        var shrinker = ArbMap.Default.ArbFor<int[]>();
        return Arb.From(
            Gen.Choose(20, 200).SelectMany(length => Gen.ArrayOf(Gen.Choose(0, int.MaxValue), length)),
            drawn => shrinker.Shrinker(drawn));
    }
}
