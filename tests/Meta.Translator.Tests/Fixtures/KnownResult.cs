// Hints.RecordKnownResult naming a method that is not a static [Elidable] one-argument method,
// next to a correct use.
using Meta.Jit;

namespace Fixtures;

public static class Hashes
{
    [Elidable]
    public static int Hash(string text) => text.Length * 31;

    public static int Plain(string text) => text.Length;
}

public static class Interpreter
{
    private static readonly JitDriver Driver = new JitDriver("known", new[] { "pc", "names" }, new[] { "acc" });

    public static int Run(string[] names)
    {
        var pc = 0;
        var acc = 0;
        while (pc < names.Length)
        {
            Driver.MergePoint(pc, names, acc);
            var name = names[pc];
            var hash = name.Length * 31;
            Hints.RecordKnownResult(hash, typeof(Hashes), "Hash", name);
            Hints.RecordKnownResult(hash, typeof(Hashes), "Plain", name); // expect: META0024
            Hints.RecordKnownResult(hash, typeof(Hashes), "Missing", name); // expect: META0024
            acc += Hashes.Hash(name);
            pc++;
        }
        return acc;
    }
}
