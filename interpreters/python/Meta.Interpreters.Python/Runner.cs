using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;
using Meta.Interpreters.Python.Parsing;
using Meta.Interpreters.Python.Startup;

namespace Meta.Interpreters.Python;

/// <summary>What the metapy command does: compile, run, print uncaught exceptions as CPython 3.11 does (Lib/traceback.py).</summary>
public static class Runner
{
    /// <summary>The command: the standard streams are the process's descriptors 0, 1 and 2.</summary>
    public static int Main(string[] args) => Run(args, null, null);

    /// <summary>
    /// Runs metapy as Modules/main.c's Py_RunMain: parse the command line, make the standard
    /// streams (<paramref name="hostOut"/> and <paramref name="hostErr"/>, when given, take the
    /// place of descriptors 1 and 2), run the program as __main__, then the interactive loop when
    /// asked (-i, or stdin is a terminal and there is no program), atexit functions and flushes.
    /// </summary>
    public static int Run(string[] args, TextWriter? hostOut, TextWriter? hostErr)
    {
        // The builtins module registers the methods of the builtin types: set it up before compiling.
        BuiltinModule.Dict.GetType();
        var stderr = Modules.IO.StandardStreams.HostErrorFor(hostErr);
        var config = CommandLine.Parse(args, Environment.GetEnvironmentVariable);
        config.OriginalArgs = args;
        if (config.EarlyOutput is { } early)
        {
            var output = config.EarlyOutputToStderr ? stderr : hostOut ?? Modules.IO.StandardStreams.DescriptorWriter(1);
            try
            {
                output.Write(early);
                output.Flush();
            }
            catch (IOException)
            {
                // A reader that stopped early (metapy -h | head) is not an error of the command.
            }
            return config.EarlyExitCode;
        }
        PyConfig.Current = config;
        Modules.IO.StandardStreams.Install(hostOut, hostErr, config.Unbuffered, config.IOEncoding);
        var stdinIsTerminal = Modules.IO.StandardStreams.StdinIsTerminal();
        PyThreadState.Handled = null;
        PyThreadState.Depth = 0;
        PyThreadState.RecursionLimit = 1000;
        PyThreadState.Argv = config.Argv;
        config.Path0 = config.SafePath ? null : config.Kind switch
        {
            PyConfig.RunKind.Script => MainModule.Path0Of(config.Target),
            PyConfig.RunKind.Module => Directory.GetCurrentDirectory(),
            _ => "",
        };
        PyThreadState.ScriptDirectory = config.Path0 ?? "";
        Importer.Modules.Clear();
        Modules.ImportSystem.EnsureSys();
        if (!config.NoSite)
        {
            SiteBuiltins.Install();
        }
        Modules.AtexitModule.Reset();
        Modules.SignalModule.Reset();
        // With no program, a terminal on stdin (or -i) means the interactive loop rather than a program read from stdin.
        var replOnly = config.Kind == PyConfig.RunKind.Stdin && (stdinIsTerminal || config.Inspect);
        var status = replOnly ? 0 : Protected(() => RunProgram(config, stderr), stderr);
        if (replOnly || config.Inspect)
        {
            var main = Importer.Modules.Get("__main__") as PyModule ?? MainModule.Create(null);
            if (replOnly)
            {
                if (!config.Quiet)
                {
                    WriteStderr($"Python 3.11.7 (metapy, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}) on linux\nType \"exit()\" or Ctrl-D (i.e. EOF) to leave.\n");
                }
                if (config.Startup is { } startup && File.Exists(startup))
                {
                    Protected(() => { MainModule.Exec(main, File.ReadAllBytes(startup), startup); return 0; }, stderr);
                }
            }
            status = Protected(() => InteractiveLoop.Run(main, stderr), stderr);
        }
        Modules.AtexitModule.RunExitFuncs(stderr);
        FlushStandardStreams();
        return status;
    }

    /// <summary>The program of the command line: a -c command, a module, a path, or the source read from stdin.</summary>
    private static int RunProgram(PyConfig config, TextWriter stderr)
    {
        switch (config.Kind)
        {
            case PyConfig.RunKind.Command:
                MainModule.Exec(MainModule.Create(null), System.Text.Encoding.UTF8.GetBytes(config.Target), "<string>");
                return 0;
            case PyConfig.RunKind.Module:
                return MainModule.RunModule(config.Target, stderr);
            case PyConfig.RunKind.Script:
                return MainModule.RunPath(config, config.Target, stderr);
            default:
                var source = Modules.IO.IOBase.Call(Ops.GetAttr(Modules.IO.StandardStreams.Stdin!, "buffer"), "read");
                MainModule.Exec(MainModule.Create("<stdin>"), ((PyBytes)source).Value, "<stdin>", config.SkipFirstLine);
                return 0;
        }
    }

    /// <summary>Runs a part of the program, printing what escapes it as PyErr_Print does; the exit status.</summary>
    private static int Protected(Func<int> body, TextWriter stderr)
    {
        try
        {
            return body();
        }
        catch (PythonSyntaxError e)
        {
            FlushStandardStreams();
            PrintSyntaxError(e, stderr);
            return 1;
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.SystemExit))
        {
            return ExitStatus(e.Value, stderr);
        }
        catch (PyError e)
        {
            FlushStandardStreams();
            stderr.Write(FormatException(e.Value));
            return 1;
        }
    }

    /// <summary>_Py_HandleSystemExit: None is 0, an int is the status, anything else is printed and is 1.</summary>
    public static int ExitStatus(PyException exit, TextWriter stderr)
    {
        var arg = exit.Args.Items.Length > 0 ? exit.Args.Items[0] : PyNone.Instance;
        if (Ops.TryGetAttr(exit, "code") is { } code)
        {
            arg = code;
        }
        switch (arg)
        {
            case PyNone:
                return 0;
            case PyInt i:
                return (int)i.Value;
            default:
                FlushStandardStreams();
                stderr.WriteLine(Ops.Str(arg));
                return 1;
        }
    }

    private static void WriteStderr(string text)
    {
        var err = Modules.IO.StandardStreams.CurrentStderr();
        if (err is not PyNone)
        {
            Modules.IO.IOBase.Call(err, "write", PyStr.From(text));
            Modules.IO.IOBase.Call(err, "flush");
        }
    }

    /// <summary>Flushes sys.stdout and sys.stderr before the runner writes to the error stream itself.</summary>
    public static void FlushStandardStreams()
    {
        try
        {
            Modules.IO.StandardStreams.FlushAll();
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.OSError) || e.Value.Type.IsSubtypeOf(TypeObjects.ValueError))
        {
            // flush_std_files: a stream that cannot be flushed (closed pipe, closed file) is left as it is.
        }
    }

    public static void PrintSyntaxError(PythonSyntaxError e, TextWriter stderr)
    {
        stderr.WriteLine($"  File \"{e.FileName}\", line {e.Line}");
        if (e.Text is { } text)
        {
            var line = text.TrimEnd('\n', '\r');
            var stripped = line.TrimStart();
            var indent = line.Length - stripped.Length;
            stderr.WriteLine("    " + stripped);
            var col = Math.Max(1, e.Column - indent);
            var endCol = e.EndLine == e.Line && e.EndColumn > e.Column ? e.EndColumn - indent : col + 1;
            stderr.WriteLine("    " + new string(' ', col - 1) + new string('^', Math.Max(1, endCol - col)));
        }
        stderr.WriteLine($"{e.PythonType}: {e.Msg}");
    }

    /// <summary>The chain of causes and contexts, then the traceback and the exception line.</summary>
    public static string FormatException(PyException exc)
    {
        var sb = new StringBuilder();
        Format(exc, sb, []);
        return sb.ToString();
    }

    private static void Format(PyException exc, StringBuilder sb, HashSet<PyException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is PyException cause && !seen.Contains(cause))
        {
            Format(cause, sb, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context is PyException context && !exc.SuppressContext && !seen.Contains(context))
        {
            Format(context, sb, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (exc.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            for (var i = exc.Traceback.Count - 1; i >= 0; i--)
            {
                var entry = exc.Traceback[i];
                sb.Append($"  File \"{entry.Code.FileName}\", line {entry.Line}, in {entry.Code.Name}\n");
                var line = SourceLine(entry.Code.FileName, entry.Line);
                if (line is not null)
                {
                    sb.Append("    ").Append(line).Append('\n');
                }
            }
        }
        var type = exc.Type;
        var name = type.Module is "builtins" or "__main__" ? type.QualName : type.Module + "." + type.QualName;
        string message;
        try
        {
            message = Ops.Str(exc);
        }
        catch (PyError)
        {
            message = "<exception str() failed>";
        }
        // The traceback printer (not str(exc)) adds the 3.11 "Did you mean" hint.
        if (Suggestions.For(exc) is { } suggestion)
        {
            message += $". Did you mean: '{suggestion}'?";
        }
        sb.Append(message.Length == 0 ? name : name + ": " + message).Append('\n');
    }

    private static string? SourceLine(string fileName, int line)
    {
        if (!File.Exists(fileName) || line < 1)
        {
            return null;
        }
        var lines = File.ReadAllLines(fileName);
        return line <= lines.Length ? lines[line - 1].Trim() : null;
    }
}
