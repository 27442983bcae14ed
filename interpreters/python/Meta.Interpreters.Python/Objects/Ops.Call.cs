using Meta.Interpreters.Python.Interpreter;

namespace Meta.Interpreters.Python.Objects;

public static partial class Ops
{
    /// <summary>Calls any callable with positional arguments and an optional keyword dict.</summary>
    public static PyObject Call(PyObject callable, PyObject[] args, PyDict? kwargs = null)
    {
        switch (callable)
        {
            case PyFunction f:
                return Interp.CallFunction(f, args, kwargs);
            case PyBuiltinFunction b:
                if (b.BoundSelf is not null)
                {
                    args = [b.BoundSelf, .. args];
                }
                return b.Invoke(args, kwargs);
            case PyMethod m:
                return Call(m.Function, [m.Self, .. args], kwargs);
            case PyType { Metatype: null } t:
                return TypeCall(t, args, kwargs);
            case PyType t:
                // A metaclass's __call__ (e.g. EnumMeta.__call__) runs instead of type.__call__.
                return t.Metatype.Lookup("__call__") is PyFunction metaCall ? Interp.CallFunction(metaCall, [t, .. args], kwargs) : TypeCall(t, args, kwargs);
            case PyStaticMethod sm:
                return Call(sm.Function, args, kwargs);
        }
        var call = callable.Type.Lookup("__call__");
        if (call is not null)
        {
            return Call(call, [callable, .. args], kwargs);
        }
        throw Errors.TypeError($"'{callable.Type.Name}' object is not callable");
    }

    /// <summary>Calls a function found on a type with <paramref name="self"/> as first argument (no bound method is made).</summary>
    public static PyObject CallMethod(PyObject method, PyObject self, params PyObject[] args)
    {
        switch (method)
        {
            case PyFunction f:
                return Interp.CallFunction(f, [self, .. args], null);
            case PyBuiltinFunction { IsMethod: true } b:
                return b.Invoke([self, .. args], null);
        }
        return Call(Bind(method, self, self.Type), args);
    }

    /// <summary>type.__call__: __new__ then __init__ when the result is an instance of the type.</summary>
    public static PyObject TypeCall(PyType type, PyObject[] args, PyDict? kwargs)
    {
        if (ReferenceEquals(type, TypeObjects.TypeType) && args.Length == 1 && kwargs is null)
        {
            return args[0].Type;
        }
        var newMethod = type.IsHeapType ? type.Lookup("__new__") : null;
        PyObject obj;
        if (newMethod is PyStaticMethod or PyFunction)
        {
            var fn = newMethod is PyStaticMethod sm ? sm.Function : newMethod;
            obj = Call(fn, [type, .. args], kwargs);
        }
        else
        {
            if (type.NativeNew is null)
            {
                throw Errors.TypeError($"cannot create '{type.Name}' instances");
            }
            obj = type.NativeNew(type, args, kwargs);
        }
        if (!type.IsHeapType || !obj.Type.IsSubtypeOf(type))
        {
            return obj;
        }
        var init = type.Lookup("__init__");
        if (init is PyFunction or PyBuiltinFunction)
        {
            var r = init is PyFunction f ? Interp.CallFunction(f, [obj, .. args], kwargs) : ((PyBuiltinFunction)init).Invoke([obj, .. args], kwargs);
            if (r is not PyNone)
            {
                throw Errors.TypeError($"__init__() should return None, not '{r.Type.Name}'");
            }
        }
        else if ((args.Length > 0 || kwargs is { Count: > 0 }) && newMethod is null && obj is PyInstance and not PyException)
        {
            throw Errors.TypeError($"{type.Name}() takes no arguments");
        }
        return obj;
    }
}
