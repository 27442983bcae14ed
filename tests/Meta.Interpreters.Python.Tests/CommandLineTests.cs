using System.Diagnostics;
using System.IO.Compression;

namespace Meta.Interpreters.Python.Tests;

/// <summary>
/// The metapy command against python3, both run as processes in the same scratch directory:
/// options, -c, -m with a package, stdin programs, directories and zip archives, usage errors and
/// exit codes. stdout and the exit code must be equal; stderr too, once each command's own path
/// (in usage lines and "can't open file" messages) is replaced by PROG.
/// </summary>
[Collection("metapy runner")]
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("metapy-cli").FullName;

    public CommandLineTests()
    {
        Write("pkg/__init__.py", "print('pkg init')\n");
        Write("pkg/__main__.py", "import sys, os\nprint('pkg main', __name__, __package__, sys.argv[1:], os.path.basename(sys.argv[0]), sys.path[0] == os.getcwd())\n");
        Write("pkg/sub.py", "import sys\nprint('sub', __name__, __package__, sys.argv[1:])\n");
        Write("nomain/__init__.py", "");
        Write("mod.py", "import sys\nprint('mod', __name__, sys.argv)\nraise SystemExit(5)\n");
        Write("app/__main__.py", "import sys, os\nprint('app', os.path.basename(__file__), os.path.basename(sys.path[0]), sys.argv)\n");
        Write("script.py", "import sys, os\nprint('script', sys.argv, os.path.basename(sys.path[0]))\n");
        Write("skip.py", "this line is skipped\nprint('after skip')\n");
        using (var zip = ZipFile.Open(Path.Combine(_dir, "app.zip"), ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(zip.CreateEntry("__main__.py").Open());
            entry.Write("import sys, os\nprint('zipped', os.path.basename(sys.path[0]), sys.argv)\n");
        }
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public static TheoryData<string[], string?> Cases() => new()
    {
        { ["-c", "import sys; print(sys.argv)", "a", "b"], null },
        { ["-c", "raise SystemExit(4)"], null },
        { ["-c", "raise SystemExit('bye')"], null },
        { ["-c", "1/0"], null },
        { ["-c", "exit(6)"], null },
        { ["-c", "quit()"], null },
        { ["-cprint('glued')"], null },
        { ["-m", "pkg", "x", "y"], null },
        { ["-m", "pkg.sub", "z"], null },
        { ["-m", "mod", "arg"], null },
        { ["-m", "nonexistent_module_xyz"], null },
        { ["-m", "nomain"], null },
        { ["-m", "pkg.missing"], null },
        { ["script.py", "1", "2"], null },
        { ["-x", "skip.py"], null },
        { ["missing_script.py"], null },
        { ["app", "q"], null },
        { ["app.zip", "r"], null },
        { ["nomain"], null },
        { [], "import sys\nprint('from stdin', sys.argv, repr(sys.path[0]))\n" },
        { ["-", "s1"], "import sys\nprint(sys.argv, __name__)\n" },
        { ["-"], "x = 1 +\n" },
        { ["-i"], "x = 6 * 7\nx\nfor i in range(2): i\n\n1/0\n_\nprint('end')\n" },
        { ["-i", "-c", "y = 3"], "y + 1\n" },
        { ["-z"], null },
        { ["--nope"], null },
        { ["-c"], null },
        { ["-m"], null },
        { ["-W"], null },
        { ["-V"], null },
        { ["--version"], null },
        { ["-O", "-B", "-s", "-q", "-u", "-c", "import sys; f = sys.flags; print(f.optimize, f.dont_write_bytecode, f.no_user_site, f.quiet, f.inspect, sys.dont_write_bytecode)"], null },
        { ["-OO", "-E", "-c", "import sys; print(sys.flags.optimize, sys.flags.ignore_environment)"], null },
        { ["-I", "-c", "import sys; print(sys.flags.isolated, sys.flags.safe_path, sys.flags.ignore_environment, sys.path[0] != '')"], null },
        { ["-P", "-c", "import sys; print(sys.path[0] != '')"], null },
        { ["-W", "ignore", "-W", "error::DeprecationWarning", "-X", "foo=bar", "-X", "flag", "-c", "import sys; print(sys.warnoptions, sys._xoptions)"], null },
        { ["-c", "import sys; print(sys.orig_argv[1:], type(sys.stdout).__name__, sys.stdout.encoding, sys.stderr.errors)", "--", "-V"], null },
        { ["-c", "import sys; sys.stdout.buffer.write(b'raw\\n'); print('text', flush=True); sys.stderr.write('err\\n')"], null },
        { ["-c", "print(input('prompt> ')); print(input())"], "first\nsecond\n" },
        { ["-c", "input()"], "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metapy_behaves_as_python3(string[] args, string? stdin)
    {
        var expected = Launch("python3", [], args, stdin);
        var actual = Launch("dotnet", [MetapyDll()], args, stdin);
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.Equal(expected.Code, actual.Code);
        if (args.Contains("-i") && stdin is not null)
        {
            // The interactive banner names the implementation; the prompts and tracebacks after it must agree.
            Assert.Equal(AfterBanner(expected.Stderr), AfterBanner(actual.Stderr));
        }
        else if (args.Length > 0 && args[0] is "-V" or "--version")
        {
            Assert.Equal(expected.Stdout, actual.Stdout);
        }
        else
        {
            Assert.Equal(expected.Stderr, actual.Stderr);
        }
    }

    [Fact]
    public void Environment_variables_are_read_unless_E()
    {
        var env = new Dictionary<string, string> { ["PYTHONPATH"] = Path.Combine(_dir, "pkg"), ["PYTHONIOENCODING"] = "latin-1", ["PYTHONUNBUFFERED"] = "1", ["PYTHONOPTIMIZE"] = "2" };
        string[] args = ["-c", "import sys; print(sys.path[1].endswith('pkg'), sys.stdout.encoding, sys.flags.optimize); import sub"];
        Assert.Equal(Launch("python3", [], args, null, env), Launch("dotnet", [MetapyDll()], args, null, env));
        string[] ignoring = ["-E", .. args[..1], args[1].Replace("; import sub", "")];
        Assert.Equal(Launch("python3", [], ignoring, null, env), Launch("dotnet", [MetapyDll()], ignoring, null, env));
    }

    [Fact]
    public void Help_is_printed_to_stdout_with_status_0()
    {
        var result = Launch("dotnet", [MetapyDll()], ["-h"], null);
        Assert.Equal(0, result.Code);
        Assert.StartsWith("usage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...", result.Stdout);
    }

    private static string AfterBanner(string stderr) => stderr[stderr.IndexOf(">>> ", StringComparison.Ordinal)..];

    public static string MetapyDll() => Path.Combine(AppContext.BaseDirectory, "metapy.dll");

    private (int Code, string Stdout, string Stderr) Launch(string command, string[] prefix, string[] args, string? stdin, Dictionary<string, string>? env = null)
    {
        var info = new ProcessStartInfo(command)
        {
            WorkingDirectory = _dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in prefix.Concat(args))
        {
            info.ArgumentList.Add(a);
        }
        foreach (var name in new[] { "PYTHONPATH", "PYTHONIOENCODING", "PYTHONUNBUFFERED", "PYTHONOPTIMIZE", "PYTHONSTARTUP", "PYTHONINSPECT", "PYTHONSAFEPATH", "PYTHONWARNINGS" })
        {
            info.Environment.Remove(name);
        }
        foreach (var (name, value) in env ?? [])
        {
            info.Environment[name] = value;
        }
        using var process = Process.Start(info)!;
        process.StandardInput.Write(stdin ?? "");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, Normalize(stdout.Result), Normalize(stderr));
    }

    private static readonly string Python3Executable = Launch0("python3", "-c", "import sys; print(sys.executable)").Trim();

    private static string Launch0(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>Each command names itself (python3 by its executable's path, metapy as "metapy") in usage lines and some errors.</summary>
    private static string Normalize(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var program in new[] { Python3Executable, "metapy" })
            {
                if (lines[i].StartsWith("usage: " + program + " ", StringComparison.Ordinal))
                {
                    lines[i] = "usage: PROG" + lines[i][("usage: " + program).Length..];
                }
                else if (lines[i].StartsWith(program + ": ", StringComparison.Ordinal))
                {
                    lines[i] = "PROG" + lines[i][program.Length..];
                }
            }
        }
        return string.Join('\n', lines);
    }
}

/// <summary>
/// The interactive loop as a person at a terminal uses it: metapy runs on a pseudo-terminal (python3's
/// pty module is the harness), gets Ctrl-C at the prompt, lines typed one at a time, a multi-line
/// block, an exception, `_`, then Ctrl-D; the captured screen shows prompts, echoed input and results, and the status is 0.
/// </summary>
public sealed class InteractiveTerminalTests
{
    private const string Harness = """
        import os, pty, sys, time
        pid, fd = pty.fork()
        if pid == 0:
            os.execvp(sys.argv[1], sys.argv[1:])
        screen = b""
        def drain(seconds):
            global screen
            end = time.time() + seconds
            while time.time() < end:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    return
                if not chunk:
                    return
                screen += chunk
                if screen.endswith(b">>> ") or screen.endswith(b"... "):
                    return
        drain(60)
        os.write(fd, b"\x03")
        drain(30)
        for line in ["1 + 1", "def double(x):", "    return x * 2", "", "double(21)", "_ + 1", "1/0", "print('still here')"]:
            os.write(fd, line.encode() + b"\n")
            drain(30)
        os.write(fd, b"\x04")
        drain(30)
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(screen.decode().replace("\r\n", "\n"))
        print("STATUS", os.waitstatus_to_exitcode(status))
        """;

    [Fact]
    public void A_terminal_session_shows_prompts_results_and_errors()
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-c", Harness, "dotnet", CommandLineTests.MetapyDll(), "-q" })
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var screen = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.StartsWith(">>> ^C\nKeyboardInterrupt\n>>> 1 + 1\n2\n>>> ", screen);
        Assert.Contains(">>> def double(x):\n...     return x * 2\n... \n>>> ", screen);
        Assert.Contains(">>> double(21)\n42\n>>> _ + 1\n43\n>>> ", screen);
        Assert.Contains(">>> 1/0\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> ", screen);
        Assert.Contains(">>> print('still here')\nstill here\n>>> ", screen);
        Assert.EndsWith("STATUS 0\n", screen);
    }
}
