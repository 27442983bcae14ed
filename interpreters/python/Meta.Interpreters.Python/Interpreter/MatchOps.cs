using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Interpreter;

/// <summary>The run-time tests of match statements (PEP 634; CPython's ceval.c match_keys, match_class).</summary>
public static class MatchOps
{
    /// <summary>Sequence patterns match list, tuple and range, never str, bytes or bytearray (Py_TPFLAGS_SEQUENCE).</summary>
    public static bool IsSequence(PyObject subject) => subject is PyList or PyTuple or PyRange;

    /// <summary>The values of <paramref name="keys"/> in the subject, or None when one is missing.</summary>
    [Meta.Jit.DontLookInside]
    public static PyObject Keys(PyDict subject, PyTuple keys)
    {
        var values = new PyObject[keys.Items.Length];
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Ops.Eq(keys.Items[j], keys.Items[i]))
                {
                    throw Errors.ValueError($"mapping pattern checks duplicate key ({Ops.Repr(keys.Items[i])})");
                }
            }
            var v = subject.Get(keys.Items[i]);
            if (v is null)
            {
                return PyNone.Instance;
            }
            values[i] = v;
        }
        return PyTuple.Of(values);
    }

    /// <summary>A new dict with the subject's items except <paramref name="keys"/> (the **rest capture).</summary>
    [Meta.Jit.DontLookInside]
    public static PyDict WithoutKeys(PyDict subject, PyTuple keys)
    {
        var copy = new PyDict();
        for (var i = 0; i < subject.EntryCount; i++)
        {
            if (subject.KeyAt(i) is { } key)
            {
                copy.Set(key, subject.ValueAt(i)!);
            }
        }
        foreach (var key in keys.Items)
        {
            copy.Remove(key);
        }
        return copy;
    }

    /// <summary>
    /// A class pattern: None when the subject is not an instance of <paramref name="cls"/>, else the
    /// attributes named by __match_args__ for the <paramref name="positional"/> sub-patterns
    /// (the subject itself for the builtins that match themselves) followed by the keyword ones;
    /// None when an attribute is missing.
    /// </summary>
    [Meta.Jit.DontLookInside]
    public static PyObject Class(PyObject subject, PyObject cls, int positional, PyTuple keywordNames)
    {
        if (cls is not PyType type)
        {
            throw Errors.TypeError("called match pattern must be a class");
        }
        if (!subject.Type.IsSubtypeOf(type))
        {
            return PyNone.Instance;
        }
        var values = new PyObject[positional + keywordNames.Items.Length];
        var seen = new List<string>();
        if (positional > 0)
        {
            var matchArgs = type.Lookup("__match_args__");
            if (matchArgs is null && MatchesSelf(type))
            {
                if (positional > 1)
                {
                    throw Errors.TypeError($"{type.Name}() accepts 1 positional sub-pattern ({positional} given)");
                }
                values[0] = subject;
            }
            else
            {
                var names = matchArgs switch
                {
                    null => PyTuple.Empty,
                    PyTuple t => t,
                    _ => throw Errors.TypeError($"{type.Name}.__match_args__ must be a tuple (got {matchArgs.Type.Name})"),
                };
                if (positional > names.Items.Length)
                {
                    var plural = names.Items.Length == 1 ? "" : "s";
                    throw Errors.TypeError($"{type.Name}() accepts {names.Items.Length} positional sub-pattern{plural} ({positional} given)");
                }
                for (var i = 0; i < positional; i++)
                {
                    var name = names.Items[i] as PyStr ?? throw Errors.TypeError($"__match_args__ elements must be strings (got {names.Items[i].Type.Name})");
                    var v = Attribute(type, subject, name.Value, seen);
                    if (v is null)
                    {
                        return PyNone.Instance;
                    }
                    values[i] = v;
                }
            }
        }
        for (var i = 0; i < keywordNames.Items.Length; i++)
        {
            var v = Attribute(type, subject, ((PyStr)keywordNames.Items[i]).Value, seen);
            if (v is null)
            {
                return PyNone.Instance;
            }
            values[positional + i] = v;
        }
        return PyTuple.Of(values);
    }

    private static PyObject? Attribute(PyType type, PyObject subject, string name, List<string> seen)
    {
        if (seen.Contains(name))
        {
            throw Errors.TypeError($"{type.Name}() got multiple sub-patterns for attribute {Ops.StrRepr(name)}");
        }
        seen.Add(name);
        try
        {
            return Ops.GetAttr(subject, name);
        }
        catch (PyError e)
        {
            if (!e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError))
            {
                throw;
            }
            return null;
        }
    }

    /// <summary>The builtins whose instances a single positional sub-pattern matches whole (_Py_TPFLAGS_MATCH_SELF), subclasses included.</summary>
    private static bool MatchesSelf(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (ReferenceEquals(t, TypeObjects.Bool) || ReferenceEquals(t, TypeObjects.Int) || ReferenceEquals(t, TypeObjects.Float)
                || ReferenceEquals(t, TypeObjects.Str) || ReferenceEquals(t, TypeObjects.Bytes)
                || ReferenceEquals(t, TypeObjects.List) || ReferenceEquals(t, TypeObjects.Tuple) || ReferenceEquals(t, TypeObjects.Dict)
                || ReferenceEquals(t, TypeObjects.Set) || ReferenceEquals(t, TypeObjects.FrozenSet))
            {
                return true;
            }
        }
        return false;
    }
}
