namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// Map keys: ints, floats, strings, booleans and nil, compared as <c>==</c> compares them (so 1
/// and 1.0 are the same key). Lists, maps, records and functions are not keys: they are mutable
/// or compared by identity, and a key that changes would get lost.
/// </summary>
public sealed class KeyComparer : IEqualityComparer<Value>
{
    public static readonly KeyComparer Instance = new();

    public static void CheckHashable(Value key)
    {
        if (key is not (IntValue or FloatValue or StringValue or BoolValue or NilValue))
        {
            throw Errors.Unhashable(key);
        }
    }

    public bool Equals(Value? x, Value? y) => x is not null && y is not null && Equality.AreEqual(x, y);

    public int GetHashCode(Value value) => value switch
    {
        IntValue i => i.Value.GetHashCode(),
        // An integral float hashes as the int it equals, so that 1.0 finds the entry of 1.
        FloatValue f when f.Value == Math.Floor(f.Value) && Math.Abs(f.Value) < 9.2e18 => ((long)f.Value).GetHashCode(),
        FloatValue f => f.Value.GetHashCode(),
        StringValue s => StringComparer.Ordinal.GetHashCode(s.Value),
        _ => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value),
    };
}
