using Meta.Jit;

namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// A record declaration, <c>record Point(x, y);</c>: a name and fixed field names. It is the
/// *shape* of its instances (their fields are in this order) and, called like a function, their
/// constructor. Immutable, and few per program: field access promotes it and the field lookup
/// folds away.
/// </summary>
public sealed class RecordType(string name, string[] fields) : Value
{
    public readonly string Name = name;

    [ImmutableElements]
    public readonly string[] Fields = fields;

    public override string TypeName => "record type";

    /// <summary>The slot of a field, or -1: pure (the field names never change), so it folds on a promoted type.</summary>
    [Elidable]
    [UnrollSafe]
    public int IndexOf(string field)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
