using Meta.Toy.Cli;

namespace Meta.Interpreters.Toy.Tests;

/// <summary>The `toy` command: options, the REPL, running files, exit codes.</summary>
public class CliTests
{
    [Fact]
    public void Jit_options_are_parsed_with_JitParameters()
    {
        var options = CommandLine.Parse(["--jit", "threshold=7,trace_limit=100", "prog.toy"], TextWriter.Null)!;
        Assert.Equal("prog.toy", options.File);
        Assert.Equal((7, 100, false), (options.Jit.Threshold, options.Jit.TraceLimit, options.Jit.Off));
        Assert.True(CommandLine.Parse(["--jit=off"], TextWriter.Null)!.Jit.Off);
        Assert.Null(CommandLine.Parse([], TextWriter.Null)!.File);
        Assert.True(CommandLine.Parse(["-h"], TextWriter.Null)!.Help);
    }

    [Theory]
    [InlineData(new[] { "--jit" }, "toy: --jit needs a value")]
    [InlineData(new[] { "--jit", "threshold=x" }, "toy: bad JIT parameter 'threshold=x'")]
    [InlineData(new[] { "--jit", "speed=3" }, "toy: unknown JIT parameter 'speed'")]
    [InlineData(new[] { "--jit-log" }, "toy: --jit-log needs a FILE")]
    [InlineData(new[] { "--verbose" }, "toy: unknown option '--verbose'")]
    [InlineData(new[] { "a.toy", "b.toy" }, "toy: one program at a time")]
    [InlineData(new[] { "--dis" }, "toy: --dis needs a FILE")]
    public void Usage_errors_are_one_line_and_a_usage_hint(string[] args, string start)
    {
        var errors = new StringWriter();
        Assert.Null(CommandLine.Parse(args, errors));
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(start, lines[0]);
        Assert.StartsWith("usage: toy", lines[1]);
    }

    [Fact]
    public void The_help_mentions_every_option()
    {
        foreach (var text in new[] { "--jit off", "threshold", "fail_guards_once", "--jit-log FILE", "--jit-summary", "--dis", "--help", "exit codes" })
        {
            Assert.Contains(text, CommandLine.HelpText);
        }
    }

    [Fact]
    public void The_repl_echoes_expressions_continues_blocks_and_survives_errors()
    {
        var input = new StringReader("var x = 20;\nx + 1;\nfun twice(n) {\n  return 2 * n;\n}\nprint(twice(x));\nnope;\n\"still here\";\nnil;\nif x > 1 {\n");
        var (output, errors) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, Repl.Run(input, output, errors, interactive: false));
        Assert.Equal("21\n40\n\"still here\"\n", output.ToString());
        Assert.Equal(
            "<stdin>:1:1: error: undefined variable 'nope'\n<stdin>:2:1: error: expected '}' to close the block\n",
            errors.ToString());
    }

    [Fact]
    public void The_interactive_repl_prompts()
    {
        var output = new StringWriter();
        Repl.Run(new StringReader("if true {\nprint(1);\n}\n"), output, TextWriter.Null, interactive: true);
        Assert.Equal("> ... ... 1\n> \n", output.ToString());
    }

    [Fact]
    public void Running_files_gives_the_documented_exit_codes()
    {
        var dir = Directory.CreateTempSubdirectory("toy-cli-");
        try
        {
            string Write(string name, string source)
            {
                var path = Path.Combine(dir.FullName, name);
                File.WriteAllText(path, source);
                return path;
            }
            var (output, errors) = (new StringWriter(), new StringWriter());
            Assert.Equal(0, FileRunner.Run(Write("ok.toy", "print(\"ok\");"), output, errors));
            var runtime = Write("bad.toy", "print(1);\nprint(1 / 0);");
            Assert.Equal(1, FileRunner.Run(runtime, output, errors));
            var syntax = Write("syntax.toy", "print(1");
            Assert.Equal(2, FileRunner.Run(syntax, output, errors));
            Assert.Equal(2, FileRunner.Run(Path.Combine(dir.FullName, "missing.toy"), output, errors));
            Assert.Equal("ok\n1\n", output.ToString());
            var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal($"{runtime}:2:9: error: division by zero", lines[0]);
            Assert.Equal($"{syntax}:1:8: error: expected ')' after the arguments, found end of input", lines[1]);
            Assert.StartsWith("toy: cannot read ", lines[2]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
