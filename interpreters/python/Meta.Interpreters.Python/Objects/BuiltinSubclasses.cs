using System.Numerics;

namespace Meta.Interpreters.Python.Objects;

/// <summary>
/// An instance of a class statement's subclass of a builtin type (<c>class MyList(list)</c>): a
/// real builtin object, so every native method and operation works on it, with the subclass as
/// its type and its own attributes kept in a <see cref="PyInstance"/> (map and storage, or a
/// dict once __dict__ is read). PyPy likewise makes user subclasses of W_ListObject and friends
/// carry a type pointer and a mapdict (pypy/objspace/std/typedef.py, get_unique_interplevel_subclass).
/// Operations check <see cref="Ops.Override"/> so the subclass's own dunders win over the builtin's.
/// </summary>
public interface IUserSubclass
{
    PyInstance Attributes { get; }
}

public sealed class PyListSub(PyType type) : PyList, IUserSubclass
{
    public PyInstance Attributes { get; } = new(type);

    public override PyType Type => Attributes.Type;
}

public sealed class PyDictSub(PyType type) : PyDict, IUserSubclass
{
    public PyInstance Attributes { get; } = new(type);

    public override PyType Type => Attributes.Type;
}

public sealed class PySetSub(PyType type, bool frozen) : PySet(frozen), IUserSubclass
{
    public PyInstance Attributes { get; } = new(type);

    public override PyType Type => Attributes.Type;
}

public sealed class PyTupleSub(PyType type, PyObject[] items) : PyTuple(items), IUserSubclass
{
    public PyInstance Attributes { get; } = new(type);

    public override PyType Type => Attributes.Type;
}

public sealed class PyStrSub(PyType type, string value) : PyStr(value), IUserSubclass
{
    public PyInstance Attributes { get; } = new(type);

    public override PyType Type => Attributes.Type;
}

public sealed class PyIntSub(PyType type, long value) : PyInt(value), IUserSubclass
{
    public PyInstance Attributes { get; } = new(type);

    public override PyType Type => Attributes.Type;
}

public sealed class PyLongSub(PyType type, BigInteger value) : PyLong(value), IUserSubclass
{
    public PyInstance Attributes { get; } = new(type);

    public override PyType Type => Attributes.Type;
}

public sealed class PyFloatSub(PyType type, double value) : PyFloat(value), IUserSubclass
{
    public PyInstance Attributes { get; } = new(type);

    public override PyType Type => Attributes.Type;
}
