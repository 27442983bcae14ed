using Meta.Interpreters.Python.Compiler;

namespace Meta.Interpreters.Python.Objects;

/// <summary>A Python function: code, globals, defaults and closure cells (CPython's PyFunctionObject).</summary>
public sealed class PyFunction(PyCode code, PyDict globals, string qualName) : PyObject
{
    public readonly PyCode Code = code;
    public readonly PyDict Globals = globals;
    public PyObject[] Defaults = [];
    public PyDict? KwDefaults;
    public PyCell[] Closure = [];
    public string Name = code.Name;
    public string QualName = qualName;
    public PyObject Doc = PyNone.Instance;
    public PyDict? Attributes;

    public override PyType Type => TypeObjects.Function;
}

/// <summary>A function bound to its first argument (CPython's PyMethodObject).</summary>
public sealed class PyMethod(PyObject self, PyObject function) : PyObject
{
    public readonly PyObject Self = self;
    public readonly PyObject Function = function;

    public override PyType Type => TypeObjects.Method;
}

/// <summary>Native code called from Python with positional arguments and optional keywords.</summary>
public delegate PyObject NativeFunction(PyObject[] args, PyDict? kwargs);

/// <summary>
/// A function written in C#: a builtin, or a method of a builtin type when <see cref="IsMethod"/>
/// (then found on the type it binds its receiver as the first argument, as a method descriptor).
/// Calls into it are residual calls in traces: the delegate is invoked behind [DontLookInside].
/// </summary>
public sealed class PyBuiltinFunction(string name, NativeFunction body, bool isMethod = false) : PyObject
{
    public readonly string Name = name;
    public readonly NativeFunction Body = body;
    public readonly bool IsMethod = isMethod;

    /// <summary>A special method of a type defined by a native module (Modules/): the object-space
    /// operations call it like a Python-level dunder, unlike the core types' natives that Ops inlines.</summary>
    public bool IsSlot;
    public PyObject? BoundSelf;

    public override PyType Type => TypeObjects.BuiltinFunction;

    /// <summary>
    /// Calls the native body. Natives index and cast their arguments directly; a missing argument
    /// or one of the wrong CLR type surfaces as a Python TypeError here (CPython's argument
    /// clinic would have rejected the call before entering the function).
    /// </summary>
    [Meta.Jit.DontLookInside]
    public PyObject Invoke(PyObject[] args, PyDict? kwargs)
    {
        try
        {
            return Body(args, kwargs);
        }
        catch (InvalidCastException)
        {
            throw Errors.TypeError($"{Name}(): argument of an unsupported type");
        }
        catch (IndexOutOfRangeException) when (args.Length < 4)
        {
            throw Errors.TypeError($"{Name}() is missing a required argument");
        }
    }
}

public sealed class PyModule(string name, PyDict? dict = null) : PyObject
{
    public readonly string Name = name;
    public readonly PyDict Dict = dict ?? new PyDict();

    public override PyType Type => TypeObjects.Module;
}
