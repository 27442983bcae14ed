using Meta.Translator;
using Meta.Translator.Loading;

namespace Meta.Translate;

/// <summary>
/// meta-translate: the translator's command line, for inspection (DESIGN.md §2; builds use the
/// MSBuild task). Exit codes: 0 no errors, 1 RC# errors, 2 bad command line or unreadable input.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var (options, problem) = Options.Parse(args);
        if (options is null)
        {
            if (problem is not null)
            {
                error.WriteLine($"meta-translate: {problem}");
                error.WriteLine(Options.Usage);
                return 2;
            }
            output.WriteLine(Options.Usage);
            return 0;
        }
        if (!File.Exists(options.Assembly))
        {
            error.WriteLine($"meta-translate: no such file '{options.Assembly}'");
            return 2;
        }
        InterpreterAssembly assembly;
        try
        {
            assembly = InterpreterAssembly.Load(options.Assembly, options.References);
        }
        catch (BadImageFormatException e)
        {
            // Cecil's way of saying the file is not a .NET assembly: a user error, not a crash.
            error.WriteLine($"meta-translate: '{options.Assembly}' is not a .NET assembly ({e.Message})");
            return 2;
        }
        using (assembly)
        {
            var (result, twins) = options.Mode == Mode.Dump ? Translation.Translate(assembly) : (RcsChecker.Check(assembly), null);
            if (options.Mode == Mode.Plan)
            {
                output.WriteLine(result.Plan.Describe());
            }
            if (twins is not null)
            {
                output.Write(Translator.Twins.TwinDump.Print(twins));
            }
            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine(diagnostic);
            }
            var errors = result.Diagnostics.Count(d => d.Severity == Translator.Diagnostics.Severity.Error);
            var warnings = result.Diagnostics.Count - errors;
            output.WriteLine($"{errors} error(s), {warnings} warning(s)");
            return result.HasErrors ? 1 : 0;
        }
    }
}
