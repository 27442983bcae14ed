using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// CPython's struct sequences (Objects/structseq.c): tuple subclasses whose first fields are
/// the tuple's items and are also readable by name; fields past the visible ones (struct_time's
/// tm_zone and tm_gmtoff) are only attributes. The repr names every visible field.
/// </summary>
public static class StructSequence
{
    private sealed record Layout(string QualifiedName, string[] Fields, int Visible);

    private static readonly Dictionary<PyType, Layout> Layouts = [];

    /// <summary>A struct sequence type <paramref name="module"/>.<paramref name="name"/>; the first <paramref name="visible"/> fields are the tuple.</summary>
    public static PyType NewType(string name, string module, string[] fields, int visible)
    {
        var type = new PyType(name, [TypeObjects.Tuple], module: module) { NativeNew = New };
        Layouts[type] = new Layout($"{module}.{name}", fields, visible);
        Def.Slot(type, "__repr__", Repr);
        Def.Method(type, "__reduce__", Reduce);
        type.Dict["n_sequence_fields"] = PyInt.From(visible);
        type.Dict["n_fields"] = PyInt.From(fields.Length);
        type.Dict["n_unnamed_fields"] = PyInt.From(0);
        return type;
    }

    /// <summary>An instance from all its fields' values (the visible ones first).</summary>
    public static PyObject Make(PyType type, PyObject[] values)
    {
        var layout = Layouts[type];
        var instance = new PyTupleSub(type, values[..layout.Visible]);
        for (var i = 0; i < layout.Fields.Length; i++)
        {
            instance.Attributes.SetAttribute(layout.Fields[i], i < values.Length ? values[i] : PyNone.Instance);
        }
        return instance;
    }

    /// <summary>structseq_new: from a sequence of the visible fields (and optionally the others).</summary>
    private static PyObject New(PyType type, PyObject[] a, PyDict? k)
    {
        var layout = Layouts[type];
        if (a.Length != 1)
        {
            throw Errors.TypeError($"{layout.QualifiedName}() takes exactly 1 positional argument ({a.Length} given)");
        }
        var items = Conversions.ToArray(a[0]);
        if (items.Length < layout.Visible)
        {
            throw Errors.TypeError($"{layout.QualifiedName}() takes an at least {layout.Visible}-sequence ({items.Length}-sequence given)");
        }
        if (items.Length > layout.Fields.Length)
        {
            throw Errors.TypeError($"{layout.QualifiedName}() takes an at most {layout.Fields.Length}-sequence ({items.Length}-sequence given)");
        }
        return Make(type, items);
    }

    private static PyObject Repr(PyObject[] a, PyDict? k)
    {
        var self = (PyTupleSub)a[0];
        var layout = Layouts[self.Type];
        var parts = new string[layout.Visible];
        for (var i = 0; i < layout.Visible; i++)
        {
            parts[i] = $"{layout.Fields[i]}={Ops.Repr(self.Items[i])}";
        }
        return PyStr.From($"{layout.QualifiedName}({string.Join(", ", parts)})");
    }

    private static PyObject Reduce(PyObject[] a, PyDict? k)
    {
        var self = (PyTupleSub)a[0];
        var layout = Layouts[self.Type];
        var rest = new PyDict();
        for (var i = layout.Visible; i < layout.Fields.Length; i++)
        {
            rest.Set(PyStr.From(layout.Fields[i]), self.Attributes.GetAttribute(layout.Fields[i]) ?? PyNone.Instance);
        }
        return PyTuple.Of(self.Type, PyTuple.Of(new PyTuple(self.Items), rest));
    }
}
