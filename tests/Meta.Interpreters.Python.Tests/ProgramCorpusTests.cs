namespace Meta.Interpreters.Python.Tests;

/// <summary>
/// The differential corpus: every Programs/NAME.py runs in-process under metapy and must match
/// python3's stdout, last stderr line and exit code recorded in NAME.expected
/// (Programs/record_expected.py writes them).
/// </summary>
[Collection("metapy runner")]
public sealed class ProgramCorpusTests
{
    public static readonly string ProgramsDirectory = FindPrograms();

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ProgramsDirectory, "*.py").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) != "record_expected.py")
            {
                data.Add(Path.GetFileNameWithoutExtension(file));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_matches_python3(string name)
    {
        var expected = File.ReadAllText(Path.Combine(ProgramsDirectory, name + ".expected")).Split('\n', 3);
        var (code, stdout, stderr) = MetapyRun.Run([Path.Combine(ProgramsDirectory, name + ".py")]);
        var errLines = stderr.Trim().Split('\n');
        Assert.Equal(expected[2], stdout);
        Assert.Equal(expected[1], errLines[^1].TrimEnd('\r'));
        Assert.Equal(int.Parse(expected[0], System.Globalization.CultureInfo.InvariantCulture), code);
    }

    private static string FindPrograms()
    {
        var dir = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(dir, "Programs")) || !File.Exists(Path.Combine(dir, "Programs", "record_expected.py")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new DirectoryNotFoundException("Programs folder");
        }
        return Path.Combine(dir, "Programs");
    }
}

/// <summary>Runs metapy's entry point in-process on a thread with a large stack, as the CLI does.</summary>
public static class MetapyRun
{
    private static readonly object Gate = new();

    public static (int Code, string Stdout, string Stderr) Run(string[] args, Meta.Tracing.Runtime.JitRuntime? jit = null)
    {
        lock (Gate)
        {
            var driver = Meta.Tracing.Runtime.PortalDriver.Of(Interpreter.Interp.JitDriver);
            driver.Runtime = jit;
            try
            {
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var code = -1;
                var thread = new Thread(() => code = Runner.Run(args, stdout, stderr), 256 * 1024 * 1024);
                thread.Start();
                thread.Join();
                return (code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                driver.Runtime = null;
            }
        }
    }
}

[Collection("metapy runner")]
public sealed class RecursionTests
{
    [Fact]
    public void Unbounded_recursion_raises_RecursionError_and_the_process_continues()
    {
        var (code, _, stderr) = MetapyRun.Run(["-c", "def f():\n    f()\nf()\n"]);
        Assert.Equal(1, code);
        Assert.EndsWith("RecursionError: maximum recursion depth exceeded", stderr.Trim());
        var (code2, stdout2, _) = MetapyRun.Run(["-c", "import sys\ndef f(n):\n    return f(n + 1) if n < 10**6 else n\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\nprint('after')\n"]);
        Assert.Equal(0, code2);
        Assert.Equal("caught maximum recursion depth exceeded\nafter\n", stdout2);
    }

    [Fact]
    public void A_huge_recursion_limit_still_ends_in_RecursionError_not_a_stack_overflow()
    {
        var (code, stdout, _) = MetapyRun.Run(["-c", "import sys\nsys.setrecursionlimit(10**7)\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__)\nprint('alive')\n"]);
        Assert.Equal(0, code);
        Assert.Equal("RecursionError\nalive\n", stdout);
    }

    [Fact]
    public void Missing_file_exits_2_with_cpython_message()
    {
        var (code, _, stderr) = MetapyRun.Run(["/nonexistent/x.py"]);
        Assert.Equal(2, code);
        Assert.Equal("metapy: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory", stderr.Trim());
    }
}
