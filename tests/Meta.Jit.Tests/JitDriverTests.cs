namespace Meta.Jit.Tests;

public sealed class JitDriverTests
{
    [Fact]
    public void Declares_greens_reds_and_the_virtualizable()
    {
        var driver = new JitDriver("toy", ["pc", "code"], ["frame"], virtualizable: "frame");
        Assert.Equal(["pc", "code"], driver.Greens);
        Assert.Equal(["frame"], driver.Reds);
        Assert.Equal("frame", driver.Virtualizable);
    }

    [Fact]
    public void Rejects_declarations_the_tracer_could_not_use()
    {
        Assert.Throws<ArgumentException>(() => new JitDriver("x", [], ["frame"]));
        Assert.Throws<ArgumentException>(() => new JitDriver("x", ["pc"], ["pc"]));
        Assert.Throws<ArgumentException>(() => new JitDriver("x", ["pc"], ["frame"], virtualizable: "other"));
    }

    [Fact]
    public void Untranslated_hints_leave_the_interpreter_alone()
    {
        var driver = new JitDriver("x", ["pc"], ["acc"]);
        var (pc, acc) = (0, 0L);
        while (pc < 10)
        {
            driver.MergePoint(pc, acc);
            acc += Hints.Promote(pc);
            pc++;
            driver.CanEnterJit(pc, acc);
        }
        Assert.Equal(45, acc);
        Assert.False(Hints.WeAreJitted());
        Assert.False(Hints.IsConstant(acc));
        Assert.Equal("s", Hints.PromoteString("s"));
    }
}
