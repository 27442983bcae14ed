namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// toylang's <c>==</c>: numbers by value (an int equals the float of the same value), strings
/// by contents, everything else (lists, maps, records, functions) by identity.
/// </summary>
public static class Equality
{
    public static bool AreEqual(Value a, Value b)
    {
        if (a is IntValue x)
        {
            if (b is IntValue y)
            {
                return x.Value == y.Value;
            }
            return b is FloatValue g && x.Value == g.Value;
        }
        if (a is FloatValue f)
        {
            if (b is FloatValue g)
            {
                return f.Value == g.Value;
            }
            return b is IntValue y && f.Value == y.Value;
        }
        if (a is StringValue s)
        {
            return b is StringValue t && string.Equals(s.Value, t.Value, StringComparison.Ordinal);
        }
        return a == b;
    }
}
