using Meta.Interpreters.Toy.Bytecode;
using Meta.Interpreters.Toy.Hosting;
using Meta.Interpreters.Toy.Runtime;

namespace Meta.Toy.Cli;

/// <summary>
/// `toy FILE`: run one program; errors go to stderr as FILE:LINE:COL: error: MESSAGE.
/// `toy -` reads the program from standard input and calls it &lt;stdin&gt;.
/// </summary>
public static class FileRunner
{
    public static int Run(string path, TextWriter output, TextWriter errors)
    {
        var source = Read(path, errors);
        return source is null ? 2 : RunSource(source, path == "-" ? "<stdin>" : path, output, errors);
    }

    /// <summary>`toy --dis FILE`: compile only, and print the code objects.</summary>
    public static int Disassemble(string path, TextWriter output, TextWriter errors)
    {
        var source = Read(path, errors);
        if (source is null)
        {
            return 2;
        }
        var globals = new Globals();
        try
        {
            output.Write(Disassembler.Disassemble(Compiler.CompileProgram(source, path == "-" ? "<stdin>" : path, globals), globals));
            return 0;
        }
        catch (ToyError error)
        {
            output.Flush();
            errors.WriteLine(error.Format());
            return 2;
        }
    }

    // The program's text, or null after reporting why it cannot be read.
    private static string? Read(string path, TextWriter errors)
    {
        if (path == "-")
        {
            return Console.In.ReadToEnd();
        }
        if (Directory.Exists(path))
        {
            errors.WriteLine($"toy: cannot read '{path}': it is a directory");
            return null;
        }
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"toy: cannot read '{path}': {unreadable.Message}");
            return null;
        }
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
