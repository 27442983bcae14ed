using System.Text;
using Meta.Toy.Cli;

// The `toy` command: run a toylang file, or a REPL without one. Exit codes: 0 success,
// 1 runtime error, 2 the program did not run (usage error, unreadable file, syntax error).
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var options = CommandLine.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}
if (options.Help)
{
    Console.Out.Write(CommandLine.HelpText);
    return 0;
}
using var jit = JitHost.Start(options, Console.Error);
if (jit is null)
{
    return 2;
}
try
{
    if (options.File is null)
    {
        return Repl.Run(Console.In, stdout, Console.Error, interactive: !Console.IsInputRedirected);
    }
    return options.Disassemble
        ? FileRunner.Disassemble(options.File, stdout, Console.Error)
        : FileRunner.Run(options.File, stdout, Console.Error);
}
finally
{
    stdout.Flush();
    jit.Finish(Console.Error);
}
