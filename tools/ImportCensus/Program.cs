using System.Diagnostics;
using Meta.Interpreters.Python;
using Meta.Interpreters.Python.Modules;

// ImportCensus [--lib DIR] [--jobs N] [--timeout SECONDS] [MODULE...]
//   For every top-level pure-Python module of the CPython Lib directory metapy uses (*.py files and
//   package directories with __init__.py), runs `import X` under metapy and prints
//   "imported N/M (P%)" and each failure with the last line of its error.
//
// Each import runs in a child process (this program with --child X) under a timeout: a module
// that loops forever, exhausts the stack or corrupts the interpreter's static state (sys.modules,
// the handled exception, type caches) cannot affect the others, and each import starts from a
// fresh interpreter exactly as `metapy -c "import X"` would.

if (args.Length == 2 && args[0] == "--child")
{
    return RunChild(args[1]);
}

string? lib = null;
var jobs = Math.Max(1, Environment.ProcessorCount);
var timeout = 60;
var only = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--lib":
            lib = args[++i];
            break;
        case "--jobs":
            jobs = int.Parse(args[++i]);
            break;
        case "--timeout":
            timeout = int.Parse(args[++i]);
            break;
        default:
            only.Add(args[i]);
            break;
    }
}
lib ??= StdlibLocation.Lib;
if (lib is null || !Directory.Exists(lib))
{
    Console.Error.WriteLine("ImportCensus: no CPython 3.11 Lib directory found (set PYTHONHOME or pass --lib)");
    return 2;
}
var modules = only.Count > 0 ? only : Census.TopLevelModules(lib);
var results = new (string Module, string? Error)[modules.Count];
Parallel.For(0, modules.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
    results[i] = (modules[i], Census.ImportInChild(modules[i], lib, timeout)));
var ok = 0;
foreach (var (_, error) in results)
{
    if (error is null)
    {
        ok++;
    }
}
Console.WriteLine($"Lib: {lib}");
Console.WriteLine($"imported {ok}/{modules.Count} ({(modules.Count == 0 ? 0 : 100.0 * ok / modules.Count):F1}%)");
foreach (var (module, error) in results)
{
    if (error is not null)
    {
        Console.WriteLine($"  {module}: {error}");
    }
}
return 0;

static int RunChild(string module)
{
    var code = 1;
    // metapy's stack: the recursion limit, not the CLR stack, bounds Python recursion.
    var thread = new Thread(() =>
    {
        try
        {
            code = Runner.Main(["-c", "import " + module]);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"metapy: internal error: {e.GetType().Name}: {e.Message}");
            code = 1;
        }
    }, 256 * 1024 * 1024);
    thread.Start();
    thread.Join();
    return code;
}

internal static class Census
{
    /// <summary>Directories and modules left out: test suites, GUI packages, and modules whose import is documented to act (open a browser, print the Zen).</summary>
    private static readonly HashSet<string> Skipped = ["test", "idlelib", "tkinter", "turtledemo", "antigravity", "this"];

    public static List<string> TopLevelModules(string lib)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(lib, "*.py"))
        {
            names.Add(Path.GetFileNameWithoutExtension(file));
        }
        foreach (var dir in Directory.GetDirectories(lib))
        {
            if (File.Exists(Path.Combine(dir, "__init__.py")))
            {
                names.Add(Path.GetFileName(dir));
            }
        }
        names.RemoveWhere(n => Skipped.Contains(n) || n.Contains('-') || n.Contains('.'));
        return [.. names];
    }

    /// <summary>Null when `import module` succeeded, else the last line of the error (or the timeout).</summary>
    public static string? ImportInChild(string module, string lib, int timeoutSeconds)
    {
        var self = Environment.ProcessPath!;
        var psi = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            psi.ArgumentList.Add(typeof(Census).Assembly.Location);
        }
        psi.ArgumentList.Add("--child");
        psi.ArgumentList.Add(module);
        psi.Environment["PYTHONHOME"] = Path.GetDirectoryName(Path.GetDirectoryName(lib));
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return $"timed out after {timeoutSeconds} s";
        }
        p.WaitForExit();
        if (p.ExitCode == 0)
        {
            return null;
        }
        var lines = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        _ = stdout.Result;
        return lines.Length > 0 ? lines[^1] : $"exit code {p.ExitCode}, no error output";
    }
}
