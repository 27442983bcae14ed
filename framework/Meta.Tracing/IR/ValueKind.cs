namespace Meta.Tracing.IR;

/// <summary>The four kinds a trace value can have, plus <see cref="Void"/> for operations without a result.</summary>
public enum ValueKind : byte
{
    Void,
    I32,
    I64,
    F64,
    Ref,
}

public static class ValueKinds
{
    /// <summary>The kinds a value can have (every kind but <see cref="ValueKind.Void"/>).</summary>
    public static readonly ValueKind[] ValueBearing = [ValueKind.I32, ValueKind.I64, ValueKind.F64, ValueKind.Ref];

    /// <summary>The kind's name in trace text: i32, i64, f64, ref, void.</summary>
    public static string TextName(this ValueKind kind) => kind switch
    {
        ValueKind.I32 => "i32",
        ValueKind.I64 => "i64",
        ValueKind.F64 => "f64",
        ValueKind.Ref => "ref",
        _ => "void",
    };

    /// <summary>
    /// The letter that starts the name of a value of this kind in trace text (i3, l4, f5, r6);
    /// RPython's logs name values the same way, with p for pointers where we write r.
    /// </summary>
    public static char Prefix(this ValueKind kind) => kind switch
    {
        ValueKind.I32 => 'i',
        ValueKind.I64 => 'l',
        ValueKind.F64 => 'f',
        ValueKind.Ref => 'r',
        _ => throw new ArgumentOutOfRangeException(nameof(kind), "void values have no name"),
    };

    public static ValueKind? FromPrefix(char prefix) => prefix switch
    {
        'i' => ValueKind.I32,
        'l' => ValueKind.I64,
        'f' => ValueKind.F64,
        'r' => ValueKind.Ref,
        _ => null,
    };

    public static ValueKind? FromTextName(string name) => name switch
    {
        "i32" => ValueKind.I32,
        "i64" => ValueKind.I64,
        "f64" => ValueKind.F64,
        "ref" => ValueKind.Ref,
        "void" => ValueKind.Void,
        _ => null,
    };
}
