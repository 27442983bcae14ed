using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// What the standard library needs from the builtin types beyond the core object model, installed
/// once when the builtins module is made: OSError's attributes, descriptors of the function
/// type's attributes, type.__or__ (PEP 604 unions), generic aliases and container dunders.
/// </summary>
public static class CoreExtensions
{
    public static void Install(PyDict builtins)
    {
        OSErrors.Install();
        builtins.Set("memoryview", MemoryView.Type);
        NativeDescriptors.Install();
        UnionType.Install();
        GenericAlias.Install(builtins);
        ContainerDunders.Install();
        ObjectReduce.Install();
        EvalExec.Install(builtins);
        // object.__subclasshook__ (typeobject.c): abc's subclass check asks it first.
        TypeObjects.TypeType.Dict["__subclasses__"] = new PyBuiltinFunction("__subclasses__", (a, k) => new PyList([.. ((PyType)a[0]).Subclasses]), true);
        TypeObjects.Object.Dict["__subclasshook__"] = new PyClassMethod(new PyBuiltinFunction("__subclasshook__", (a, k) => PyNotImplemented.Instance));
    }
}
