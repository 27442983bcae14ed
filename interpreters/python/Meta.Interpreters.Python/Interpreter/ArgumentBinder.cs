using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Interpreter;

/// <summary>Binds call arguments to parameters with CPython's rules and messages (Python/ceval.c initialize_locals).</summary>
public static class ArgumentBinder
{
    public static void Bind(PyFunction f, object?[] locals, PyObject[] args, PyDict? kwargs)
    {
        var code = f.Code;
        var nargs = code.ArgCount;
        var nkw = code.KwOnlyArgCount;
        // Argument errors name the function by its qualified name (ceval.c uses co_qualname in 3.11).
        var name = f.QualName;
        var n = Math.Min(args.Length, nargs);
        Array.Copy(args, locals, n);
        var slot = nargs + nkw;
        if (code.HasVarArgs)
        {
            locals[slot++] = args.Length > nargs ? PyTuple.Of(args[nargs..]) : PyTuple.Empty;
        }
        else if (args.Length > nargs)
        {
            var given = args.Length;
            var defaults = f.Defaults.Length;
            var takes = defaults > 0 ? $"from {nargs - defaults} to {nargs}" : nargs.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var plural = nargs == 1 && defaults == 0 ? "" : "s";
            throw Errors.TypeError($"{name}() takes {takes} positional argument{plural} but {given} {(given == 1 ? "was" : "were")} given");
        }
        PyDict? extra = code.HasVarKeywords ? new PyDict() : null;
        if (extra is not null)
        {
            locals[slot] = extra;
        }
        if (kwargs is not null)
        {
            if (extra is null)
            {
                var posOnly = new List<string>();
                for (var i = 0; i < code.PosOnlyArgCount; i++)
                {
                    if (kwargs.Get(code.VarNames[i]) is not null)
                    {
                        posOnly.Add(code.VarNames[i]);
                    }
                }
                if (posOnly.Count > 0)
                {
                    throw Errors.TypeError($"{name}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnly)}'");
                }
            }
            for (var i = 0; i < kwargs.EntryCount; i++)
            {
                if (kwargs.KeyAt(i) is not PyStr key)
                {
                    continue;
                }
                var index = Array.IndexOf(code.VarNames, key.Value, code.PosOnlyArgCount);
                if (index < 0 || index >= nargs + nkw)
                {
                    if (extra is null)
                    {
                        throw Errors.TypeError($"{name}() got an unexpected keyword argument '{key.Value}'");
                    }
                    extra.Set(key, kwargs.ValueAt(i)!);
                    continue;
                }
                if (locals[index] is not null)
                {
                    throw Errors.TypeError($"{name}() got multiple values for argument '{key.Value}'");
                }
                locals[index] = kwargs.ValueAt(i)!;
            }
        }
        var firstDefault = nargs - f.Defaults.Length;
        var missing = new List<string>();
        for (var i = 0; i < nargs; i++)
        {
            if (locals[i] is null)
            {
                if (i >= firstDefault)
                {
                    locals[i] = f.Defaults[i - firstDefault];
                }
                else
                {
                    missing.Add(code.VarNames[i]);
                }
            }
        }
        if (missing.Count > 0)
        {
            throw Errors.TypeError($"{name}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {JoinNames(missing)}");
        }
        for (var i = nargs; i < nargs + nkw; i++)
        {
            if (locals[i] is null)
            {
                locals[i] = f.KwDefaults?.Get(code.VarNames[i]);
                if (locals[i] is null)
                {
                    missing.Add(code.VarNames[i]);
                }
            }
        }
        if (missing.Count > 0)
        {
            throw Errors.TypeError($"{name}() missing {missing.Count} required keyword-only argument{(missing.Count == 1 ? "" : "s")}: {JoinNames(missing)}");
        }
    }

    private static string JoinNames(List<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        if (quoted.Count == 1)
        {
            return quoted[0];
        }
        if (quoted.Count == 2)
        {
            return quoted[0] + " and " + quoted[1];
        }
        return string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[^1];
    }
}
