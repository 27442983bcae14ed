using System.Collections.Concurrent;
using System.Reflection;
using Meta.Jit;
using Meta.Tracing.IR;

namespace Meta.Tracing.Recording;

/// <summary>
/// The descriptors of the CLR members an interpreter touches, made once per member and shared by
/// every trace, so that descriptor identity means member identity. Immutability comes from the
/// C# declaration (readonly) and the hints ([ImmutableElements], [QuasiImmutable], [Elidable]).
/// </summary>
public static class Descriptors
{
    private static readonly ConcurrentDictionary<FieldInfo, FieldDescr> Fields = new();
    private static readonly ConcurrentDictionary<(Type, bool), ArrayDescr> Arrays = new();
    private static readonly ConcurrentDictionary<Type, ClassDescr> Classes = new();
    private static readonly ConcurrentDictionary<MethodInfo, CallDescr> Calls = new();

    /// <summary>The kind of trace value a CLR type is carried in.</summary>
    public static ValueKind KindOf(Type type) => Type.GetTypeCode(type) switch
    {
        _ when type == typeof(void) => ValueKind.Void,
        _ when type.IsEnum => KindOf(Enum.GetUnderlyingType(type)),
        TypeCode.Boolean or TypeCode.Char or TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16
            or TypeCode.Int32 or TypeCode.UInt32 => ValueKind.I32,
        TypeCode.Int64 or TypeCode.UInt64 => ValueKind.I64,
        TypeCode.Double => ValueKind.F64,
        _ when type.IsValueType => throw new NotSupportedException($"the value type {type} has no trace kind"),
        _ => ValueKind.Ref,
    };

    public static FieldDescr Field(FieldInfo field) => Fields.GetOrAdd(field, static field =>
    {
        var flags = FieldFlags.None;
        if (field.IsInitOnly)
        {
            flags |= FieldFlags.Immutable;
        }
        if (field.IsDefined(typeof(QuasiImmutableAttribute)))
        {
            flags |= FieldFlags.QuasiImmutable;
        }
        if (field.IsStatic)
        {
            flags |= FieldFlags.Static;
        }
        return new FieldDescr($"{field.DeclaringType?.Name}.{field.Name}", KindOf(field.FieldType), flags) { Field = field };
    });

    /// <summary>The descriptor of an array type; <paramref name="immutableElements"/> when the field holding it says so.</summary>
    public static ArrayDescr Array(Type arrayType, bool immutableElements = false) =>
        Arrays.GetOrAdd((arrayType, immutableElements), static key =>
        {
            var (type, immutable) = key;
            var element = type.GetElementType() ?? throw new ArgumentException($"{type} is not an array type", nameof(arrayType));
            return new ArrayDescr((immutable ? "Immutable" : "") + element.Name + "Array", KindOf(element), immutable) { ElementType = element };
        });

    public static ClassDescr Class(Type type) => Classes.GetOrAdd(type, static type => new ClassDescr(type.Name) { Type = type });

    /// <summary>A call to a method the tracer does not look inside; [Elidable] makes it pure.</summary>
    public static CallDescr Call(MethodInfo method) => Calls.GetOrAdd(method, static method =>
    {
        var parameters = method.GetParameters().Select(p => KindOf(p.ParameterType));
        if (!method.IsStatic)
        {
            parameters = parameters.Prepend(ValueKind.Ref);
        }
        var effects = method.IsDefined(typeof(ElidableAttribute))
            ? new EffectInfo(true, true, false, EffectSet.None, EffectSet.None)
            : EffectInfo.Unknown;
        return new CallDescr($"{method.DeclaringType?.Name}.{method.Name}", parameters.ToList(), KindOf(method.ReturnType), effects) { Method = method };
    });
}
