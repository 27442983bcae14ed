using Meta.Interpreters.Python;
using Meta.Python.Cli;

// metapy FILE args... | metapy -c CMD args...: runs on a thread with a 256 MB stack so the
// recursion limit (not the CLR stack) bounds Python recursion.
var jit = JitHost.Start(out var jitError);
if (jitError is not null)
{
    Console.Error.WriteLine(jitError);
    return 2;
}
var exitCode = 0;
var thread = new Thread(() => exitCode = RunReportingInternalErrors(args), 256 * 1024 * 1024);
thread.Start();
thread.Join();
JitHost.Finish(jit);
return exitCode;

// Python exceptions are handled by Runner; anything else is a bug of metapy: report it in one
// line (no .NET stack trace for the user) and fail.
static int RunReportingInternalErrors(string[] args)
{
    try
    {
        return Runner.Main(args);
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        Console.Error.WriteLine($"metapy: internal error: {e.GetType().Name}: {e.Message}");
        return 1;
    }
}
