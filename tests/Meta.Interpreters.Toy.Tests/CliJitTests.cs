using Meta.Toy.Cli;

namespace Meta.Interpreters.Toy.Tests;

/// <summary>`toy` with its JIT: the summary, the log, and their errors.</summary>
[Collection(JitCollection.Name)]
public class CliJitTests
{
    [Fact]
    public void The_jit_summary_shows_the_compiled_loop_and_the_log_its_traces()
    {
        var dir = Directory.CreateTempSubdirectory("toy-jit-");
        try
        {
            var program = Path.Combine(dir.FullName, "loop.toy");
            File.WriteAllText(program, "var total = 0;\nvar i = 0;\nwhile i < 5000 {\n    total = total + i % 7;\n    i = i + 1;\n}\nprint(total);\n");
            var log = Path.Combine(dir.FullName, "jit.log");
            var options = CommandLine.Parse(["--jit", "threshold=10", "--jit-summary", "--jit-log", log, program], TextWriter.Null)!;
            var (output, errors) = (new StringWriter(), new StringWriter());
            using (var jit = JitHost.Start(options, errors)!)
            {
                Assert.Equal(0, FileRunner.Run(program, output, errors));
                jit.Finish(errors);
            }
            Assert.Equal("14995\n", output.ToString());
            Assert.Contains("loops compiled:     1", errors.ToString());
            var text = File.ReadAllText(log);
            // Headed by the merge point's source position, then the recorded and the optimized trace.
            Assert.Contains($"# loop 1 at {program}:3:", text);
            Assert.Contains("# recorded", text);
            Assert.Contains("# optimized", text);
            Assert.Contains("label(", text);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_jit_summary_with_the_jit_off_says_so()
    {
        var options = CommandLine.Parse(["--jit", "off", "--jit-summary"], TextWriter.Null)!;
        var errors = new StringWriter();
        using (var jit = JitHost.Start(options, errors)!)
        {
            jit.Finish(errors);
        }
        Assert.Equal("jit: off\n", errors.ToString());
    }

    [Fact]
    public void An_unwritable_jit_log_is_a_usage_error()
    {
        var options = CommandLine.Parse(["--jit-log", "/nonexistent-dir/jit.log", "x.toy"], TextWriter.Null)!;
        var errors = new StringWriter();
        Assert.Null(JitHost.Start(options, errors));
        Assert.StartsWith("toy: cannot write the JIT log '/nonexistent-dir/jit.log'", errors.ToString());
    }
}
