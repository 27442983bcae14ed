using Meta.Translate;
using Microsoft.CodeAnalysis;

namespace Meta.Translator.Tests;

/// <summary>meta-translate's command line: exit codes, output, usage on bad arguments.</summary>
public sealed class CliTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_of_an_interpreter_with_errors_exits_1_and_prints_them()
    {
        var (code, output, _) = Run("--check", FixtureCompiler.Compile("Lock", OptimizationLevel.Release));
        Assert.Equal(1, code);
        Assert.Contains($"{FixtureCompiler.SourcePath("Lock")}(29,9): error META0010: 'Monitor.Enter'", output);
        Assert.Contains("1 error(s), 0 warning(s)", output);
    }

    [Fact]
    public void Check_of_a_clean_interpreter_exits_0_even_with_warnings()
    {
        var (code, output, _) = Run("--check", FixtureCompiler.Compile("CleanLoopsAndResidual", OptimizationLevel.Release));
        Assert.Equal(0, code);
        Assert.Contains("warning META0100", output);
        Assert.Contains("0 error(s), 1 warning(s)", output);
    }

    [Fact]
    public void Plan_prints_the_traceable_set()
    {
        var (code, output, _) = Run("--plan", FixtureCompiler.Compile("CleanStackInterpreter", OptimizationLevel.Release));
        Assert.Equal(0, code);
        Assert.Contains("Portal:", output);
        Assert.Contains("  Fixtures.Interpreter.Run(Code, Frame)  (holds a merge point)", output);
        Assert.Contains("ResidualPure:", output);
    }

    [Theory]
    [InlineData(new string[0], "give --check, --plan or --dump")]
    [InlineData(new[] { "--check" }, "give the interpreter assembly")]
    [InlineData(new[] { "--frobnicate", "x.dll" }, "unknown option '--frobnicate'")]
    [InlineData(new[] { "--check", "--plan", "x.dll" }, "give one of --check, --plan and --dump")]
    [InlineData(new[] { "--dump" }, "give the interpreter assembly")]
    [InlineData(new[] { "--check", "a.dll", "b.dll" }, "one assembly at a time")]
    [InlineData(new[] { "--check", "x.dll", "--reference" }, "--reference needs a path")]
    public void Bad_arguments_print_usage_and_exit_2(string[] args, string message)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.Contains("usage: meta-translate", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_missing_file_or_a_file_that_is_not_an_assembly_exits_2_without_a_stack_trace()
    {
        var (missing, _, missingError) = Run("--check", "/nonexistent/interp.dll");
        Assert.Equal(2, missing);
        Assert.Contains("no such file", missingError);
        var text = Path.Combine(FixtureCompiler.Folder, "not-an-assembly.dll");
        Directory.CreateDirectory(FixtureCompiler.Folder);
        File.WriteAllText(text, "hello");
        var (bad, _, badError) = Run("--check", text);
        Assert.Equal(2, bad);
        Assert.Contains("is not a .NET assembly", badError);
        Assert.DoesNotContain("   at ", badError);
    }

    [Fact]
    public void Help_prints_usage_and_exits_0()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("--dump", output);
        Assert.Contains("code generation", output);
    }

    [Fact]
    public void Dump_prints_the_generated_twins()
    {
        var (code, output, _) = Run("--dump", FixtureCompiler.Compile("CleanStackInterpreter", OptimizationLevel.Release));
        Assert.Equal(0, code);
        Assert.Contains("twin of Fixtures.Push.Execute(Frame, Int32): override Void Push::Execute$trace(Frame frame, Int32 argument, TraceContext context, Value[] shadows)", output);
        Assert.Contains("twin of Fixtures.Op.Execute(Frame, Int32): abstract", output);
        Assert.Contains("callvirt Recorder::SetArrayItem", output);
        Assert.Contains("twin of Fixtures.Interpreter.ClearAbove(Frame, Int32): static", output); // [UnrollSafe]: the twin runs the loop, each iteration recorded
        Assert.Contains("no twin for Fixtures.Interpreter.Top(Frame): the opcode ldtoken", output);
        Assert.Contains("0 error(s)", output);
    }
}
