using Meta.Interpreters.Toy.Hosting;

namespace Meta.Toy.Cli;

/// <summary>`toy FILE`: run one program; errors go to stderr as FILE:LINE:COL: error: MESSAGE.</summary>
public static class FileRunner
{
    public static int Run(string path, TextWriter output, TextWriter errors)
    {
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
        var error = new ToySession(output).Run(source, path);
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
