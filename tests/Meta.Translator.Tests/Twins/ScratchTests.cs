namespace Meta.Translator.Tests.Twins;

public sealed class ScratchTests
{
    [Fact]
    public void Scratch()
    {
        var f = TranslatedFixture.Get("TwinOps");
        var text = string.Join("\n", f.Dump.Split('\n').Where(l => l.StartsWith("no twin", StringComparison.Ordinal) || l.StartsWith("twin", StringComparison.Ordinal))) + "\n";
        void T(string m, params object?[] a)
        {
            try
            {
                var o = TwinRun.Run(f, "Twins.Ops", m, a);
                text += $"== {m}: {o.Original} / {o.Twin}\n{o.Trace}\n";
            }
            catch (Exception e)
            {
                text += $"== {m}: {e}\n";
            }
        }
        T("Arith", 7, 3);
        T("Longs", 100L, 3);
        T("Floats", 2.5, 4.0);
        T("Compare", 5);
        T("Compare", 50);
        T("FloatCompare", 0.5);
        T("Folded", 1);
        T("Checked", 1, 2);
        T("Conversions", 300L, 2.5);
        T("ReadWrite", new TwinRun.Known(null), 1);
        T("NullCheck", (object?)null);
        T("Outer", 5);
        T("CallsOpaque", 5);
        T("Arrays", new[] { 1, 2, 3 });
        T("NewArray", 4);
        T("Promoted", 5);
        T("Jitted", 5);
        T("Jitted", new TwinRun.Known(5));
        T("Switch", 1);
        T("Bump");
        T("Overflowing", 5);
        File.WriteAllText("/tmp/twins-scratch.txt", text);
    }
}
public sealed class Scratch2Tests
{
    [Fact]
    public void Dump() => File.WriteAllText("/tmp/twins-dump.txt", TranslatedFixture.Get("TwinOps").Dump);
}
