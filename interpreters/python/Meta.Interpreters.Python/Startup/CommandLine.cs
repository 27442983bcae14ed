namespace Meta.Interpreters.Python.Startup;

/// <summary>
/// Parses metapy's command line as CPython 3.11 parses python's (Python/getopt.c with the option
/// string "bBc:dEhiIm:OPqsStuvVW:xX:?", then initconfig.c's config_parse_cmdline and the
/// PYTHON* environment variables of config_read_env_vars). Options end at -c CMD, -m MOD, the
/// script, "-" or "--"; what follows is the program's sys.argv.
/// </summary>
public static class CommandLine
{
    private const string OptionsWithArgument = "cmWX";
    private const string Options = "bBc:dEhiIm:OPqsStuvVW:xX:?";

    public static string ProgramName => Environment.ProcessPath is { } p && Path.GetFileName(p) != "dotnet" ? p : "metapy";

    public static PyConfig Parse(string[] args, Func<string, string?> environment)
    {
        var config = new PyConfig();
        var i = 0;
        var versionCount = 0;
        while (i < args.Length)
        {
            var arg = args[i];
            if (arg == "--")
            {
                i++;
                break;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                switch (arg)
                {
                    case "--help" or "--help-env" or "--help-xoptions" or "--help-all":
                        return Early(config, Help.Text(ProgramName), 0, false);
                    case "--version":
                        versionCount++;
                        i++;
                        continue;
                    case "--check-hash-based-pycs":
                        if (i + 1 >= args.Length)
                        {
                            return UsageError(config, "Argument expected for the --check-hash-based-pycs option");
                        }
                        i += 2;
                        continue;
                    default:
                        return UsageError(config, $"unknown option {arg}");
                }
            }
            if (arg.Length < 2 || arg[0] != '-')
            {
                break;
            }
            for (var j = 1; j < arg.Length; j++)
            {
                var c = arg[j];
                if (Options.IndexOf(c) < 0 || c == ':')
                {
                    return UsageError(config, $"Unknown option: -{c}");
                }
                string? value = null;
                if (OptionsWithArgument.IndexOf(c) >= 0)
                {
                    if (j + 1 < arg.Length)
                    {
                        value = arg[(j + 1)..];
                    }
                    else if (i + 1 < args.Length)
                    {
                        value = args[++i];
                    }
                    else
                    {
                        return UsageError(config, $"Argument expected for the -{c} option");
                    }
                    j = arg.Length;
                }
                switch (c)
                {
                    case 'c':
                        config.Kind = PyConfig.RunKind.Command;
                        config.Target = value! + "\n";
                        config.Argv = ["-c", .. args[(i + 1)..]];
                        return Finish(config, environment, versionCount);
                    case 'm':
                        config.Kind = PyConfig.RunKind.Module;
                        config.Target = value!;
                        config.Argv = ["-m", .. args[(i + 1)..]];
                        return Finish(config, environment, versionCount);
                    case 'W':
                        config.WarnOptions.Add(value!);
                        break;
                    case 'X':
                        config.XOptions.Add(value!);
                        break;
                    case 'b':
                        config.BytesWarning++;
                        break;
                    case 'B':
                        config.DontWriteBytecode = true;
                        break;
                    case 'd':
                        break;
                    case 'E':
                        config.IgnoreEnvironment = true;
                        break;
                    case 'h' or '?':
                        return Early(config, Help.Text(ProgramName), 0, false);
                    case 'i':
                        config.Inspect = config.Interactive = true;
                        break;
                    case 'I':
                        config.Isolated = config.IgnoreEnvironment = config.NoUserSite = config.SafePath = true;
                        break;
                    case 'O':
                        config.Optimize++;
                        break;
                    case 'P':
                        config.SafePath = true;
                        break;
                    case 'q':
                        config.Quiet = true;
                        break;
                    case 's':
                        config.NoUserSite = true;
                        break;
                    case 'S':
                        config.NoSite = true;
                        break;
                    case 'u':
                        config.Unbuffered = true;
                        break;
                    case 'v':
                        config.Verbose++;
                        break;
                    case 'V':
                        versionCount++;
                        break;
                    case 'x':
                        config.SkipFirstLine = true;
                        break;
                }
            }
            i++;
        }
        if (i < args.Length && args[i] != "-")
        {
            config.Kind = PyConfig.RunKind.Script;
            config.Target = args[i];
            config.Argv = [.. args[i..]];
        }
        else
        {
            config.Kind = PyConfig.RunKind.Stdin;
            config.Argv = i < args.Length ? [.. args[i..]] : [""];
        }
        return Finish(config, environment, versionCount);
    }

    private static PyConfig Finish(PyConfig config, Func<string, string?> environment, int versionCount)
    {
        if (versionCount > 0)
        {
            var text = versionCount == 1 ? "Python 3.11.7" : $"Python 3.11.7 (metapy, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription})";
            return Early(config, text + "\n", 0, false);
        }
        if (!config.IgnoreEnvironment)
        {
            ReadEnvironment(config, environment);
        }
        return config;
    }

    /// <summary>config_read_env_vars: a variable counts when set and non-empty.</summary>
    private static void ReadEnvironment(PyConfig config, Func<string, string?> environment)
    {
        string? Get(string name) => environment(name) is { Length: > 0 } v ? v : null;
        if (Get("PYTHONPATH") is { } path)
        {
            config.PythonPath = [.. path.Split(':', StringSplitOptions.RemoveEmptyEntries)];
        }
        config.Startup = Get("PYTHONSTARTUP");
        config.IOEncoding = Get("PYTHONIOENCODING");
        config.Inspect |= Get("PYTHONINSPECT") is not null;
        config.Unbuffered |= Get("PYTHONUNBUFFERED") is not null;
        config.DontWriteBytecode |= Get("PYTHONDONTWRITEBYTECODE") is not null;
        config.NoUserSite |= Get("PYTHONNOUSERSITE") is not null;
        config.SafePath |= Get("PYTHONSAFEPATH") is not null;
        if (Get("PYTHONOPTIMIZE") is { } optimize)
        {
            config.Optimize = Math.Max(config.Optimize, int.TryParse(optimize, out var level) ? level : 1);
        }
        if (Get("PYTHONVERBOSE") is { } verbose)
        {
            config.Verbose = Math.Max(config.Verbose, int.TryParse(verbose, out var level) ? level : 1);
        }
        if (Get("PYTHONWARNINGS") is { } warnings)
        {
            // The environment's filters come before the command line's (-W wins, being applied last).
            config.WarnOptions.InsertRange(0, warnings.Split(',', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static PyConfig UsageError(PyConfig config, string message) =>
        Early(config, $"{message}\nusage: {ProgramName} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n", 2, true);

    private static PyConfig Early(PyConfig config, string text, int code, bool toStderr)
    {
        config.EarlyOutput = text;
        config.EarlyExitCode = code;
        config.EarlyOutputToStderr = toStderr;
        return config;
    }
}
