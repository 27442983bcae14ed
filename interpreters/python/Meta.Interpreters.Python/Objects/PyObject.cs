namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// Base of every Python object (PyPy's W_Root). Every object knows its type; everything else is
/// in subclasses, so the JIT can guard on the CLR class of a value (guard_class) and then read
/// its fields directly, as PyPy's W_IntObject/W_FloatObject are unboxed by the optimizer.
/// </summary>
public abstract class PyObject
{
    public abstract PyType Type { get; }

    public override string ToString() => Ops.Repr(this);
}

public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();

    private PyNone()
    {
    }

    public override PyType Type => TypeObjects.NoneType;
}

public sealed class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented()
    {
    }

    public override PyType Type => TypeObjects.NotImplementedType;
}

public sealed class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis()
    {
    }

    public override PyType Type => TypeObjects.EllipsisType;
}

/// <summary>A cell of a closure (CPython's PyCellObject): one variable shared by a function and its inner functions.</summary>
public sealed class PyCell : PyObject
{
    public PyObject? Value;

    public override PyType Type => TypeObjects.Cell;
}
