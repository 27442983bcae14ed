using Meta.Interpreters.Python.Compiler;

namespace Meta.Interpreters.Python.Objects;

/// <summary>One line of a traceback: a code object and the line executing in it.</summary>
public readonly record struct TracebackEntry(PyCode Code, int Line, PyDict? Globals = null);

/// <summary>
/// An exception instance (CPython's PyBaseExceptionObject): args, chaining (__cause__,
/// __context__, __suppress_context__) and the traceback collected while it unwinds; user
/// attributes live in the map storage inherited from <see cref="PyInstance"/>.
/// </summary>
public sealed class PyException(PyType type, PyTuple args) : PyInstance(type)
{
    public PyTuple Args = args;
    public PyObject? Cause;
    public PyObject? Context;
    public bool SuppressContext;
    public List<TracebackEntry> Traceback = [];

    /// <summary>The frame that last added a traceback entry: a re-raise in the same frame adds none.</summary>
    public object? LastFrame;

    /// <summary>The frame that added the first traceback entry (where a NameError's name was looked up).</summary>
    public Interpreter.Frame? OriginFrame;

    /// <summary>The name a NameError or AttributeError is about (CPython 3.11's name attribute), for suggestions.</summary>
    public string? MissingName;

    /// <summary>The object an AttributeError is about (AttributeError.obj).</summary>
    public PyObject? MissingNameOwner;

    /// <summary>The .NET exception that carries this object through C# frames (made once, reused on re-raise).</summary>
    public PyError ToError() => new(this);
}

/// <summary>
/// The .NET exception that carries a Python exception through C# code (builtins, nested calls).
/// The interpreter's dispatch loop catches only this type; every other .NET exception is a bug.
/// </summary>
public sealed class PyError(PyException value) : Exception(value.Type.Name)
{
    public PyException Value { get; } = value;
}
