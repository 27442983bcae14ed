using System.Text;
using Meta.Interpreters.Toy.Hosting;
using Meta.Interpreters.Toy.Parsing;
using Meta.Interpreters.Toy.Runtime;

namespace Meta.Toy.Cli;

/// <summary>
/// The read-eval-print loop: reads until the input is complete (a syntax error at the very end
/// of the input means "more to come"), runs it, prints the value of an expression statement.
/// Globals persist between inputs.
/// </summary>
public static class Repl
{
    private const string File = "<stdin>";

    public static int Run(TextReader input, TextWriter output, TextWriter errors, bool interactive)
    {
        var session = new ToySession(output);
        var pending = new StringBuilder();
        while (true)
        {
            if (interactive)
            {
                output.Write(pending.Length == 0 ? "> " : "... ");
                output.Flush();
            }
            var line = input.ReadLine();
            if (line is null)
            {
                if (pending.Length > 0)
                {
                    // End of input inside an unfinished block: report it as it is.
                    Report(session.Run(pending.ToString(), File, echo: true), output, errors);
                }
                if (interactive)
                {
                    output.WriteLine();
                }
                return 0;
            }
            pending.Append(line).Append('\n');
            if (NeedsMore(pending.ToString()))
            {
                continue;
            }
            Report(session.Run(pending.ToString(), File, echo: true), output, errors);
            pending.Clear();
        }
    }

    private static bool NeedsMore(string source)
    {
        try
        {
            Parser.Parse(source, File);
            return false;
        }
        catch (ToyError error)
        {
            return error.AtEndOfInput;
        }
    }

    private static void Report(ToyError? error, TextWriter output, TextWriter errors)
    {
        output.Flush();
        if (error is not null)
        {
            errors.WriteLine(error.Format());
        }
    }
}
