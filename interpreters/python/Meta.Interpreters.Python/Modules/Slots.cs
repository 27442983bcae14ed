using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// Which attribute names an instance may store under __slots__ (Objects/typeobject.c): instances
/// have a __dict__ unless every class of the MRO written in Python declares __slots__, so a
/// subclass without __slots__ of a slotted class (os._Environ of MutableMapping) takes any name.
/// </summary>
public static class Slots
{
    public static bool Allows(PyType type, string name)
    {
        var restricted = false;
        foreach (var t in type.Mro)
        {
            if (!t.IsHeapType)
            {
                continue;
            }
            if (!t.Dict.TryGetValue("__slots__", out var slots) || slots is not PyTuple tuple)
            {
                return true;
            }
            restricted = true;
            foreach (var s in tuple.Items)
            {
                if (s is PyStr ps && (ps.Value == name || ps.Value == "__dict__"))
                {
                    return true;
                }
            }
        }
        return !restricted;
    }
}
