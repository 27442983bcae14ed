namespace Meta.Interpreters.Python.Objects;

// property, classmethod, staticmethod and super (CPython's Objects/descrobject.c, funcobject.c,
// typeobject.c super_getattro).

public sealed class PyProperty(PyObject? getter, PyObject? setter, PyObject? deleter, PyObject doc) : PyObject
{
    public readonly PyObject? Getter = getter;
    public readonly PyObject? Setter = setter;
    public readonly PyObject? Deleter = deleter;
    public PyObject Doc = doc;

    /// <summary>The attribute name, set when the owning class is created (property.__set_name__ in 3.11's descrobject.c), for error messages.</summary>
    public string? Name;

    public override PyType Type => TypeObjects.Property;
}

public sealed class PyClassMethod(PyObject function) : PyObject
{
    public readonly PyObject Function = function;

    public override PyType Type => TypeObjects.ClassMethod;
}

public sealed class PyStaticMethod(PyObject function) : PyObject
{
    public readonly PyObject Function = function;

    public override PyType Type => TypeObjects.StaticMethod;
}

/// <summary>super(type, obj): looks names up in obj's MRO after <see cref="StartAfter"/>.</summary>
public sealed class PySuper(PyType startAfter, PyObject self) : PyObject
{
    public readonly PyType StartAfter = startAfter;
    public readonly PyObject Self = self;

    public override PyType Type => TypeObjects.Super;
}
