namespace Meta.Interpreters.Python.Objects;

/// <summary>Makes Python exceptions with CPython's messages, ready to throw.</summary>
public static class Errors
{
    public static PyError New(PyType type, string message) => new PyException(type, PyTuple.Of(PyStr.From(message))).ToError();

    public static PyError TypeError(string message) => New(TypeObjects.TypeError, message);

    public static PyError ValueError(string message) => New(TypeObjects.ValueError, message);

    public static PyError IndexError(string message) => New(TypeObjects.IndexError, message);

    public static PyError AttributeError(string message) => New(TypeObjects.AttributeError, message);

    public static PyError NameError(string message) => New(TypeObjects.NameError, message);

    public static PyError ZeroDivision(string message) => New(TypeObjects.ZeroDivisionError, message);

    public static PyError OverflowError(string message) => New(TypeObjects.OverflowError, message);

    public static PyError RuntimeError(string message) => New(TypeObjects.RuntimeError, message);

    public static PyError KeyError(PyObject key) => new PyException(TypeObjects.KeyError, PyTuple.Of(key)).ToError();

    public static PyError StopIteration(PyObject? value) =>
        new PyException(TypeObjects.StopIteration, value is null ? PyTuple.Empty : PyTuple.Of(value)).ToError();

    public static PyError NoAttribute(PyObject obj, string name)
    {
        var error = AttributeError(obj is PyType t ? $"type object '{t.Name}' has no attribute '{name}'" : $"'{obj.Type.Name}' object has no attribute '{name}'");
        error.Value.MissingName = name;
        error.Value.MissingNameOwner = obj;
        return error;
    }

    /// <summary>A NameError about <paramref name="name"/> (format_exc_check_arg sets NameError.name).</summary>
    public static PyError UndefinedName(string name, string message)
    {
        var error = NameError(message);
        error.Value.MissingName = name;
        return error;
    }
}
