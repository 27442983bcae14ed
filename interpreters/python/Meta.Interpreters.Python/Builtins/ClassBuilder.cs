using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Builtins;

/// <summary>__build_class__: runs a class body in a fresh namespace and makes the type (Python/bltinmodule.c).</summary>
public static class ClassBuilder
{
    public static readonly PyBuiltinFunction BuildClassFunction = new("__build_class__", BuildClass);

    private static PyObject BuildClass(PyObject[] args, PyDict? kwargs)
    {
        var body = (PyFunction)args[0];
        var name = ((PyStr)args[1]).Value;
        var bases = args[2..];
        // The metaclass comes first: its __prepare__ makes the namespace (bltinmodule.c's builtin___build_class__).
        var metaclass = Modules.Metaclasses.Calculate(kwargs?.Get("metaclass"), bases);
        var classKwargs = Modules.Metaclasses.WithoutMetaclass(kwargs);
        var ns = metaclass is null ? new PyDict() : Modules.Metaclasses.Prepare(metaclass, name, bases, classKwargs);
        var frame = new Frame(body.Code, body.Globals) { NameDict = ns };
        for (var i = 0; i < body.Code.FreeVars.Length; i++)
        {
            frame.Cells[body.Code.CellVars.Length + i] = body.Closure[i];
        }
        for (var i = 0; i < body.Code.CellVars.Length; i++)
        {
            frame.Cells[i] = new PyCell();
        }
        Interp.Execute(frame);
        if (metaclass is not null)
        {
            return Ops.Call(metaclass, [PyStr.From(name), PyTuple.Of(bases), ns], classKwargs);
        }
        var type = MakeType(name, bases, ns);
        if (ns.Get("__classcell__") is PyCell cell)
        {
            cell.Value = type;
        }
        return type;
    }

    public static PyType MakeType(string name, PyObject[] bases, PyDict ns)
    {
        var baseTypes = bases.Length == 0 ? [TypeObjects.Object] : bases.Select(b => b as PyType ?? throw Errors.TypeError("bases must be types")).ToArray();
        var dict = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        for (var i = 0; i < ns.EntryCount; i++)
        {
            if (ns.KeyAt(i) is PyStr k && k.Value != "__classcell__")
            {
                var v = ns.ValueAt(i)!;
                if (k.Value is "__new__" && v is PyFunction)
                {
                    v = new PyStaticMethod(v);
                }
                if (k.Value is "__init_subclass__" or "__class_getitem__" && v is PyFunction)
                {
                    v = new PyClassMethod(v);
                }
                if (k.Value == "__slots__")
                {
                    v = v is PyStr one ? PyTuple.Of(one) : PyTuple.Of(Conversions.ToArray(v));
                }
                dict[k.Value] = v;
            }
        }
        var module = ns.Get("__module__") is PyStr m ? m.Value : "__main__";
        var type = new PyType(name, baseTypes, dict, module) { IsHeapType = true };
        if (ns.Get("__qualname__") is PyStr q)
        {
            type.QualName = q.Value;
            dict.Remove("__qualname__");
        }
        Modules.Metaclasses.SetNames(type);
        foreach (var b in baseTypes)
        {
            if (b.Lookup("__init_subclass__") is PyClassMethod hook && hook.Function is PyFunction)
            {
                Ops.Call(hook.Function, [type]);
                break;
            }
        }
        return type;
    }
}
