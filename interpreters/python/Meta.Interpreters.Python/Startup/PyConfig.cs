namespace Meta.Interpreters.Python.Startup;

/// <summary>What the command line and the environment ask for (CPython's PyConfig, Python/initconfig.c).</summary>
public sealed class PyConfig
{
    /// <summary>The configuration of the running interpreter (sys.flags reads it).</summary>
    public static PyConfig Current { get; set; } = new();

    public enum RunKind
    {
        Script,
        Command,
        Module,
        Stdin,
    }

    public RunKind Kind = RunKind.Stdin;

    /// <summary>The script path, the -c command or the -m module name.</summary>
    public string Target = "";

    /// <summary>sys.argv as the program starts (runpy later replaces argv[0] for -m).</summary>
    public List<string> Argv = [""];

    /// <summary>sys.path[0]: the script's directory, '' for -c and stdin, the working directory for -m; null under -P.</summary>
    public string? Path0 = "";

    /// <summary>The command's own arguments (sys.orig_argv after the executable).</summary>
    public string[] OriginalArgs = [];

    public bool Inspect;
    public bool Interactive;
    public bool IgnoreEnvironment;
    public bool NoUserSite;
    public bool NoSite;
    public bool Unbuffered;
    public bool DontWriteBytecode;
    public int Optimize;
    public bool Quiet;
    public bool Isolated;
    public bool SafePath;
    public bool SkipFirstLine;
    public int Verbose;
    public int BytesWarning;
    public List<string> WarnOptions = [];
    public List<string> XOptions = [];
    public List<string> PythonPath = [];
    public string? Startup;
    public string? IOEncoding;

    /// <summary>What the command prints and exits with instead of running (help, version, usage errors).</summary>
    public string? EarlyOutput;
    public bool EarlyOutputToStderr;
    public int EarlyExitCode;
}
