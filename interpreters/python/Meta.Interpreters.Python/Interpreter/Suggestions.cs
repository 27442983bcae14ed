using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Interpreter;

/// <summary>
/// "Did you mean: 'x'?" for uncaught NameError and AttributeError (CPython 3.11's
/// Python/suggestions.c): the closest candidate by a Levenshtein distance where changing case
/// costs 1 and any other edit 2, accepted when at most a third of the characters change. A
/// NameError looks at the innermost frame's variable names, then its globals, then builtins;
/// an AttributeError at dir() of the object.
/// </summary>
public static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>The suggestion for an exception about to be printed, or null.</summary>
    public static string? For(PyException exc)
    {
        if (exc.MissingName is not { } name)
        {
            return null;
        }
        if (exc.Type.IsSubtypeOf(TypeObjects.AttributeError) && exc.MissingNameOwner is { } owner)
        {
            return Closest(Conversions.ToArray(Ops.Call(BuiltinModule.Dict.Get("dir")!, [owner])), name);
        }
        if (ReferenceEquals(exc.Type, TypeObjects.NameError) && exc.OriginFrame is { } frame)
        {
            var varNames = new PyObject[frame.Code.VarNames.Length];
            for (var i = 0; i < varNames.Length; i++)
            {
                varNames[i] = PyStr.From(frame.Code.VarNames[i]);
            }
            return Closest(varNames, name) ?? Closest(frame.Globals.Keys(), name) ?? Closest(BuiltinModule.Dict.Keys(), name);
        }
        return null;
    }

    private static string? Closest(PyObject[] candidates, string name)
    {
        if (candidates.Length >= MaxCandidateItems)
        {
            return null;
        }
        var nameBytes = Encoding.UTF8.GetBytes(name);
        string? suggestion = null;
        var suggestionDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate is not PyStr item || item.Value == name)
            {
                continue;
            }
            var itemBytes = Encoding.UTF8.GetBytes(item.Value);
            // No more than 1/3 of the involved characters should need changing, and no worse than the best so far.
            var maxDistance = Math.Min((nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6, suggestionDistance - 1);
            var distance = Distance(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance)
            {
                continue;
            }
            if (suggestion is null || distance < suggestionDistance)
            {
                suggestion = item.Value;
                suggestionDistance = distance;
            }
        }
        return suggestion;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31))
        {
            return MoveCost;
        }
        if (a == b)
        {
            return 0;
        }
        var la = a is >= (byte)'A' and <= (byte)'Z' ? a + ('a' - 'A') : a;
        var lb = b is >= (byte)'A' and <= (byte)'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CaseCost : MoveCost;
    }

    /// <summary>levenshtein_distance of suggestions.c: common affixes trimmed, one row updated in place, early exit past the maximum.</summary>
    private static int Distance(byte[] aBytes, byte[] bBytes, int maxCost)
    {
        ReadOnlySpan<byte> a = aBytes;
        ReadOnlySpan<byte> b = bBytes;
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return (a.Length + b.Length) * MoveCost;
        }
        if (a.Length > MaxStringSize || b.Length > MaxStringSize)
        {
            return maxCost + 1;
        }
        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        if ((b.Length - a.Length) * MoveCost > maxCost)
        {
            return maxCost + 1;
        }
        var buffer = new int[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            buffer[i] = (i + 1) * MoveCost;
        }
        var result = 0;
        for (var bIndex = 0; bIndex < b.Length; bIndex++)
        {
            var code = b[bIndex];
            var distance = result = bIndex * MoveCost;
            var minimum = int.MaxValue;
            for (var aIndex = 0; aIndex < a.Length; aIndex++)
            {
                var substitute = distance + SubstitutionCost(code, a[aIndex]);
                distance = buffer[aIndex];
                var insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[aIndex] = result;
                minimum = Math.Min(minimum, result);
            }
            if (minimum > maxCost)
            {
                return maxCost + 1;
            }
        }
        return result;
    }
}
