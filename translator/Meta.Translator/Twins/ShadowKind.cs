using Mono.Cecil;
using Mono.Cecil.Rocks;

namespace Meta.Translator.Twins;

/// <summary>
/// The kind of an IL stack slot, local or argument as tracing code carries it: the trace value
/// kinds of Meta.Tracing (docs/trace-ir.md). Booleans, chars and small integers are int32 on
/// the IL stack already; float32, native integers, pointers, by-refs and structs have no kind
/// in this slice, and a method using them gets no twin.
/// </summary>
public enum ShadowKind
{
    I32,
    I64,
    F64,
    Ref,
}

/// <summary>The <see cref="ShadowKind"/> of a CLR type as Cecil names it.</summary>
public static class ShadowKinds
{
    public static ShadowKind Of(TypeReference type) => type.MetadataType switch
    {
        MetadataType.Boolean or MetadataType.Char or MetadataType.SByte or MetadataType.Byte or MetadataType.Int16
            or MetadataType.UInt16 or MetadataType.Int32 or MetadataType.UInt32 => ShadowKind.I32,
        MetadataType.Int64 or MetadataType.UInt64 => ShadowKind.I64,
        MetadataType.Double => ShadowKind.F64,
        MetadataType.String or MetadataType.Object or MetadataType.Class or MetadataType.Array => ShadowKind.Ref,
        MetadataType.GenericInstance when !type.IsValueType => ShadowKind.Ref,
        MetadataType.ValueType when type.Resolve() is { IsEnum: true } enumType => Of(enumType.GetEnumUnderlyingType()),
        _ => throw new TwinUnsupportedException($"values of type {type.FullName} have no trace kind in this slice"),
    };

    /// <summary>The kind, or null for a type without one (a struct local: never live where generated entries restore frames).</summary>
    public static ShadowKind? TryOf(TypeReference type)
    {
        try
        {
            return Of(type);
        }
        catch (TwinUnsupportedException)
        {
            return null;
        }
    }
}
