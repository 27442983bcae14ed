using Meta.Tracing.IR;

namespace Meta.Tracing.Execution;

/// <summary>
/// How CLR types hold trace values: the IL evaluation stack's rules (ECMA-335 §I.12.1). Every
/// integer type up to 32 bits is an i32 (bool is 0/1, narrower types are truncated on store and
/// sign- or zero-extended on load), long and ulong are i64, double and float are f64 (float
/// rounds on store), and every reference type is a ref. Value types other than these (structs,
/// nint, decimal) are not trace values.
/// </summary>
public static class ClrValues
{
    /// <summary>The kind a CLR type's values have in a trace, or null when they have none.</summary>
    public static ValueKind? KindOf(Type type)
    {
        if (type == typeof(void))
        {
            return ValueKind.Void;
        }
        if (!type.IsValueType)
        {
            return ValueKind.Ref;
        }
        if (type.IsEnum)
        {
            return KindOf(Enum.GetUnderlyingType(type));
        }
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean or TypeCode.Char or TypeCode.SByte or TypeCode.Byte or TypeCode.Int16
                or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 => ValueKind.I32,
            TypeCode.Int64 or TypeCode.UInt64 => ValueKind.I64,
            TypeCode.Single or TypeCode.Double => ValueKind.F64,
            _ => null,
        };
    }

    /// <summary>The kind of a CLR type, checked against the kind a descriptor declares.</summary>
    public static void CheckKind(Type type, ValueKind expected, string what)
    {
        var kind = KindOf(type);
        if (kind != expected)
        {
            throw new NotSupportedException(
                $"{what}: CLR type {type} holds {kind?.TextName() ?? "no trace value"}, the descriptor says {expected.TextName()}");
        }
    }

    /// <summary>A boxed CLR value (as reflection returns it) as a trace value.</summary>
    public static TraceValue FromClr(object? boxed, Type type)
    {
        if (!type.IsValueType)
        {
            return TraceValue.Ref(boxed);
        }
        if (type.IsEnum)
        {
            type = Enum.GetUnderlyingType(type);
            boxed = Convert.ChangeType(boxed, type, System.Globalization.CultureInfo.InvariantCulture);
        }
        return boxed switch
        {
            bool b => TraceValue.Int(b ? 1 : 0),
            char c => TraceValue.Int(c),
            sbyte v => TraceValue.Int(v),
            byte v => TraceValue.Int(v),
            short v => TraceValue.Int(v),
            ushort v => TraceValue.Int(v),
            int v => TraceValue.Int(v),
            uint v => TraceValue.Int((int)v),
            long v => TraceValue.Long(v),
            ulong v => TraceValue.Long((long)v),
            float v => TraceValue.Float(v),
            double v => TraceValue.Float(v),
            _ => throw new NotSupportedException($"CLR type {type} holds no trace value"),
        };
    }

    /// <summary>A trace value as the boxed CLR value of <paramref name="type"/> that a store would write.</summary>
    public static object? ToClr(TraceValue value, Type type)
    {
        if (!type.IsValueType)
        {
            return value.AsRef;
        }
        var underlying = type.IsEnum ? Enum.GetUnderlyingType(type) : type;
        object boxed = Type.GetTypeCode(underlying) switch
        {
            TypeCode.Boolean => value.AsInt != 0,
            TypeCode.Char => (char)value.AsInt,
            TypeCode.SByte => (sbyte)value.AsInt,
            TypeCode.Byte => (byte)value.AsInt,
            TypeCode.Int16 => (short)value.AsInt,
            TypeCode.UInt16 => (ushort)value.AsInt,
            TypeCode.Int32 => value.AsInt,
            TypeCode.UInt32 => (uint)value.AsInt,
            TypeCode.Int64 => value.AsLong,
            TypeCode.UInt64 => (ulong)value.AsLong,
            TypeCode.Single => (float)value.AsFloat,
            TypeCode.Double => value.AsFloat,
            _ => throw new NotSupportedException($"CLR type {type} holds no trace value"),
        };
        return type.IsEnum ? Enum.ToObject(type, boxed) : boxed;
    }
}
