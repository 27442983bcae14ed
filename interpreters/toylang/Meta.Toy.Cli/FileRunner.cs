using Meta.Interpreters.Toy.Hosting;

namespace Meta.Toy.Cli;

/// <summary>
/// `toy FILE`: run one program; errors go to stderr as FILE:LINE:COL: error: MESSAGE.
/// `toy -` reads the program from standard input and calls it &lt;stdin&gt;.
/// </summary>
public static class FileRunner
{
    public static int Run(string path, TextWriter output, TextWriter errors) =>
        path == "-" ? RunSource(Console.In.ReadToEnd(), "<stdin>", output, errors) : RunFile(path, output, errors);

    private static int RunFile(string path, TextWriter output, TextWriter errors)
    {
        if (Directory.Exists(path))
        {
            errors.WriteLine($"toy: cannot read '{path}': it is a directory");
            return 2;
        }
        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"toy: cannot read '{path}': {unreadable.Message}");
            return 2;
        }
        return RunSource(source, path, output, errors);
    }

    private static int RunSource(string source, string file, TextWriter output, TextWriter errors)
    {
        var error = new ToySession(output).Run(source, file);
        if (error is null)
        {
            return 0;
        }
        // What the program printed before the error comes first.
        output.Flush();
        errors.WriteLine(error.Format());
        return error.IsSyntaxError ? 2 : 1;
    }
}
