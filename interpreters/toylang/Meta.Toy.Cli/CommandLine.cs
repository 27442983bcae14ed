using Meta.Jit;

namespace Meta.Toy.Cli;

/// <summary>The command line of `toy`, checked: a bad one is reported in one line, never a stack trace.</summary>
public sealed record CommandLine(string? File, JitParameters Jit, bool Help, bool Disassemble, string? JitLog, bool JitSummary)
{
    public const string HelpText =
        """
        usage: toy [options] [FILE]

        Runs the toylang program FILE ('-': read it from standard input), or starts
        a REPL when no FILE is given (prompt '> ', blocks continue on '... ',
        Ctrl-D or end of input exits).

        options:
          --jit off                 run without the JIT
          --jit NAME=VALUE,...      JIT parameters: threshold, function_threshold,
                                    trace_eagerness, trace_limit, inlining, loop_longevity,
                                    fail_guards_once, fail_guards_randomly (debug switches)
          --jit-log FILE            write every trace to FILE, before and after
                                    optimization, headed by its loop's position
          --jit-summary             print what the JIT did to stderr at exit: loops,
                                    bridges, guards, aborts by reason, time spent
          --dis                     print the program's bytecode instead of running it
          -h, --help                show this help

        exit codes: 0 success, 1 runtime error, 2 usage or syntax error
        language reference: docs/toylang.md

        """;

    /// <summary>The options, or null after writing a usage error to <paramref name="errors"/>.</summary>
    public static CommandLine? Parse(string[] args, TextWriter errors)
    {
        string? file = null;
        var jit = new JitParameters();
        var help = false;
        var disassemble = false;
        string? jitLog = null;
        var jitSummary = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                help = true;
            }
            else if (arg == "--dis")
            {
                disassemble = true;
            }
            else if (arg == "--jit" || arg.StartsWith("--jit=", StringComparison.Ordinal))
            {
                string text;
                if (arg == "--jit")
                {
                    if (i + 1 >= args.Length)
                    {
                        return Usage(errors, "--jit needs a value: off, or NAME=VALUE,...");
                    }
                    text = args[++i];
                }
                else
                {
                    text = arg["--jit=".Length..];
                }
                try
                {
                    jit = jit.With(text);
                }
                catch (FormatException bad)
                {
                    return Usage(errors, bad.Message);
                }
            }
            else if (arg == "--jit-summary")
            {
                jitSummary = true;
            }
            else if (arg == "--jit-log" || arg.StartsWith("--jit-log=", StringComparison.Ordinal))
            {
                if (arg == "--jit-log" && i + 1 >= args.Length)
                {
                    return Usage(errors, "--jit-log needs a FILE");
                }
                jitLog = arg == "--jit-log" ? args[++i] : arg["--jit-log=".Length..];
            }
            else if (arg.StartsWith('-') && arg != "-")
            {
                return Usage(errors, $"unknown option '{arg}'");
            }
            else if (file is null)
            {
                file = arg;
            }
            else
            {
                return Usage(errors, $"one program at a time: unexpected '{arg}'");
            }
        }
        if (disassemble && file is null && !help)
        {
            return Usage(errors, "--dis needs a FILE");
        }
        return new CommandLine(file, jit, help, disassemble, jitLog, jitSummary);
    }

    private static CommandLine? Usage(TextWriter errors, string message)
    {
        errors.WriteLine($"toy: {message}");
        errors.WriteLine("usage: toy [--jit off|NAME=VALUE,...] [FILE]   (toy --help for more)");
        return null;
    }
}
