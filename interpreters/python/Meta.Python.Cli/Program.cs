using Meta.Interpreters.Python;

// metapy FILE args... | metapy -c CMD args...: runs on a thread with a 256 MB stack so the
// recursion limit (not the CLR stack) bounds Python recursion.
var exitCode = 0;
var thread = new Thread(() => exitCode = Runner.Main(args), 256 * 1024 * 1024);
thread.Start();
thread.Join();
return exitCode;
