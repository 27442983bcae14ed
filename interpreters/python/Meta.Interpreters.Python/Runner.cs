using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;
using Meta.Interpreters.Python.Parsing;

namespace Meta.Interpreters.Python;

/// <summary>What the metapy command does: compile, run, print uncaught exceptions as CPython 3.11 does (Lib/traceback.py).</summary>
public static class Runner
{
    /// <summary>The command: the standard streams are the process's descriptors 0, 1 and 2.</summary>
    public static int Main(string[] args) => Run(args, null, null);

    /// <summary>Runs metapy; <paramref name="hostOut"/> and <paramref name="hostErr"/>, when given, take the place of descriptors 1 and 2.</summary>
    public static int Run(string[] args, TextWriter? hostOut, TextWriter? hostErr)
    {
        // The builtins module registers the methods of the builtin types: set it up before compiling.
        BuiltinModule.Dict.GetType();
        Modules.IO.StandardStreams.Install(hostOut, hostErr, false, null);
        var stdout = PyThreadState.Out;
        var stderr = hostErr ?? Console.Error;
        PyThreadState.Handled = null;
        PyThreadState.Depth = 0;
        PyThreadState.RecursionLimit = 1000;
        Importer.Modules.Clear();
        string source;
        string fileName;
        if (args.Length >= 2 && args[0] == "-c")
        {
            source = args[1];
            fileName = "<string>";
            PyThreadState.Argv = ["-c", .. args[2..]];
            PyThreadState.ScriptDirectory = "";
        }
        else if (args.Length >= 1)
        {
            fileName = args[0];
            if (!File.Exists(fileName))
            {
                stderr.WriteLine($"metapy: can't open file '{Path.GetFullPath(fileName)}': [Errno 2] No such file or directory");
                return 2;
            }
            source = "";
            PyThreadState.Argv = [.. args];
            PyThreadState.ScriptDirectory = Path.GetDirectoryName(Path.GetFullPath(fileName)) ?? "";
        }
        else
        {
            stderr.WriteLine("usage: metapy FILE [args...] | metapy -c CMD [args...]");
            return 2;
        }
        PyCode code;
        try
        {
            var module = fileName == "<string>" ? Parser.ParseModule(source, fileName) : Parser.ParseModule(File.ReadAllBytes(fileName), fileName);
            code = CodeGenerator.CompileModule(module, fileName);
        }
        catch (PythonSyntaxError e)
        {
            stdout.Flush();
            PrintSyntaxError(e, stderr);
            return 1;
        }
        catch (PyError e)
        {
            // The compiler reports constructs it does not support yet as SyntaxError.
            stderr.Write(FormatException(e.Value));
            return 1;
        }
        Modules.ImportSystem.EnsureSys();
        var main = new PyModule("__main__");
        main.Dict.Set("__name__", PyStr.From("__main__"));
        main.Dict.Set("__file__", PyStr.From(fileName));
        main.Dict.Set("__builtins__", BuiltinModule.Dict);
        Importer.Modules.Set("__main__", main);
        var frame = new Frame(code, main.Dict) { NameDict = main.Dict };
        Modules.AtexitModule.Reset();
        try
        {
            Interp.Execute(frame);
            Modules.AtexitModule.RunExitFuncs(stderr);
            stdout.Flush();
            return 0;
        }
        catch (PyError e)
        {
            stdout.Flush();
            if (e.Value.Type.IsSubtypeOf(TypeObjects.SystemExit))
            {
                Modules.AtexitModule.RunExitFuncs(stderr);
                var arg = e.Value.Args.Items.Length > 0 ? e.Value.Args.Items[0] : PyNone.Instance;
                if (arg is PyNone)
                {
                    return 0;
                }
                if (arg is PyInt i)
                {
                    return (int)i.Value;
                }
                stderr.WriteLine(Ops.Str(arg));
                return 1;
            }
            stderr.Write(FormatException(e.Value));
            Modules.AtexitModule.RunExitFuncs(stderr);
            return 1;
        }
    }

    private static void PrintSyntaxError(PythonSyntaxError e, TextWriter stderr)
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
