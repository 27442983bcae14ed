namespace Meta.Translate;

/// <summary>What meta-translate was asked to do, parsed from its command line.</summary>
public sealed record Options(Mode Mode, string Assembly, IReadOnlyList<string> References)
{
    public const string Usage = """
        usage: meta-translate (--check | --plan | --dump) <assembly.dll> [--reference <path or folder>]...

          --check      check the interpreter's restricted C# (RC#) and print the diagnostics
                       as file(line,col): error METAnnnn: message; exit 1 on errors, 0 otherwise
          --plan       print the drivers, merge points and the methods the JIT may look inside,
                       each with its treatment and the reason; then the diagnostics as --check does
          --reference  an assembly or a folder of assemblies the interpreter references (repeatable);
                       the interpreter's own folder and the running .NET are searched anyway
          --dump       generate the tracing twins (code generation, docs/translator.md "Tracing code")
                       and print each as IL text, then the look-inside methods left without a twin
                       and why; then the diagnostics as --check does. The assembly is not written

        The assembly's PDB (next to it, or embedded) gives diagnostics their source lines.
        Rules: docs/translator.md.
        """;

    /// <summary>The options, or the reason the command line is wrong.</summary>
    public static (Options? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        Mode? mode = null;
        string? assembly = null;
        var references = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--check" or "--plan" or "--dump":
                    if (mode is not null)
                    {
                        return (null, "give one of --check, --plan and --dump");
                    }
                    mode = args[i] switch
                    {
                        "--check" => Translate.Mode.Check,
                        "--plan" => Translate.Mode.Plan,
                        _ => Translate.Mode.Dump,
                    };
                    break;
                case "--reference":
                    if (i + 1 >= args.Count)
                    {
                        return (null, "--reference needs a path");
                    }
                    references.Add(args[++i]);
                    break;
                case "-h" or "--help":
                    return (null, null);
                default:
                    if (args[i].StartsWith('-'))
                    {
                        return (null, $"unknown option '{args[i]}'");
                    }
                    if (assembly is not null)
                    {
                        return (null, $"one assembly at a time ('{assembly}' and '{args[i]}' given)");
                    }
                    assembly = args[i];
                    break;
            }
        }
        if (mode is null)
        {
            return (null, "give --check, --plan or --dump");
        }
        if (assembly is null)
        {
            return (null, "give the interpreter assembly to check");
        }
        return (new Options(mode.Value, assembly, references), null);
    }
}
