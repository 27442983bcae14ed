using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Interpreter;

/// <summary>Per-interpreter state: the exception being handled (sys.exc_info) and the recursion counter.</summary>
public static class PyThreadState
{
    public static PyException? Handled;
    public static int Depth;

    /// <summary>The exception leaving a frame run by Interp.Run (null when none).</summary>
    public static PyException? Pending;
    public static int RecursionLimit = 1000;
    public static Frame? Current;
    public static List<string> Argv = [];
    public static string ScriptDirectory = "";
    public static TextWriter Out = Console.Out;
}
