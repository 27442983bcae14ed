using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Meta.Jit;
using Meta.Tracing.IR;

namespace Meta.Tracing.Recording;

/// <summary>
/// The descriptors of the CLR members an interpreter touches, made once per member and shared by
/// every trace, so that descriptor identity means member identity. Immutability comes from the
/// C# declaration (readonly) and the hints ([ImmutableElements], [QuasiImmutable], [Elidable]);
/// a frame class's [Virtualizable] entries flag its fields, and "name[*]" entries the items of
/// the arrays those fields hold; [ImmutableElements] on a field makes the items of the arrays it
/// holds immutable (<see cref="ItemsOf"/>).
/// </summary>
public static class Descriptors
{
    private static readonly ConcurrentDictionary<FieldInfo, FieldDescr> Fields = new();
    private static readonly ConcurrentDictionary<FieldDescr, bool> ItemsVirtualizable = new();
    private static readonly ConcurrentDictionary<FieldDescr, bool> ItemsImmutable = new();
    // Arrays read as constants from [ImmutableElements] fields: their items are constants too.
    private static readonly ConditionalWeakTable<object, object> ImmutableArrays = new();
    private static readonly ConcurrentDictionary<(Type, bool, bool), ArrayDescr> Arrays = new();
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
        var entry = VirtualizableEntry.Of(field);
        if (entry is not null)
        {
            flags |= FieldFlags.Virtualizable;
        }
        var descr = new FieldDescr($"{field.DeclaringType?.Name}.{field.Name}", KindOf(field.FieldType), flags) { Field = field };
        ItemsVirtualizable[descr] = entry is { IsArray: true };
        ItemsImmutable[descr] = field.IsDefined(typeof(ImmutableElementsAttribute));
        return descr;
    });

    /// <summary>The descriptor of an array type; <paramref name="immutableElements"/> when the field holding it says so.</summary>
    public static ArrayDescr Array(Type arrayType, bool immutableElements = false) => ArrayOf(arrayType, immutableElements, virtualizable: false);

    private static ArrayDescr ArrayOf(Type arrayType, bool immutableElements, bool virtualizable) =>
        Arrays.GetOrAdd((arrayType, immutableElements, virtualizable), static key =>
        {
            var (type, immutable, virtualizable) = key;
            var element = type.GetElementType() ?? throw new ArgumentException($"{type} is not an array type", nameof(arrayType));
            var name = (immutable ? "Immutable" : "") + (virtualizable ? "Virtualizable" : "") + element.Name + "Array";
            return new ArrayDescr(name, KindOf(element), immutable, virtualizable) { ElementType = element };
        });

    /// <summary>
    /// The descriptor for items of <paramref name="array"/>: the virtualizable variant of
    /// <paramref name="descr"/> when the array is read from a frame field listed as "name[*]"
    /// (RPython's codewriter likewise turns frame.locals[i] into a virtualizable array access),
    /// the immutable-elements variant when it is read from an [ImmutableElements] field.
    /// </summary>
    public static ArrayDescr ItemsOf(Value array, ArrayDescr descr)
    {
        if (array is not Operation { Opcode: Opcode.GetField, Descr: FieldDescr field } || descr is not { ElementType: { } element })
        {
            return descr;
        }
        if (ItemsVirtualizable.GetValueOrDefault(field) && !descr.IsVirtualizable)
        {
            return ArrayOf(element.MakeArrayType(), descr.ElementsImmutable, virtualizable: true);
        }
        return ItemsImmutable.GetValueOrDefault(field) && !descr.ElementsImmutable ? ArrayOf(element.MakeArrayType(), true, descr.IsVirtualizable) : descr;
    }

    /// <summary>
    /// A constant read from <paramref name="field"/>: an array held by an [ImmutableElements]
    /// field is remembered, so that its items at constant indexes are constants of the trace.
    /// </summary>
    public static void ReadAsConstant(FieldDescr field, object? value)
    {
        if (value is Array array && ItemsImmutable.GetValueOrDefault(field))
        {
            ImmutableArrays.AddOrUpdate(array, field);
        }
    }

    /// <summary>Whether the items of <paramref name="array"/> never change (it came from an [ImmutableElements] field).</summary>
    public static bool HasImmutableItems(object? array) => array is not null && ImmutableArrays.TryGetValue(array, out _);

    private static readonly EffectInfo OpaqueCall = new(false, true, true, EffectSet.All, EffectSet.All);
    private static readonly EffectInfo LibraryCall = new(false, true, false, EffectSet.All, EffectSet.All);
    private static readonly EffectInfo PureCall = new(true, true, false, EffectSet.None, EffectSet.None);

    public static ClassDescr Class(Type type) => Classes.GetOrAdd(type, static type => new ClassDescr(type.Name) { Type = type });

    /// <summary>
    /// A call to a method the tracer does not look inside. [Elidable] makes it pure, and so are
    /// the BCL's intrinsics (<see cref="IsPureLibraryMethod"/>: Math, string queries, number
    /// predicates). Any other method of the interpreter may reach its frames (through its
    /// arguments, or statics such as the current frame) and read or write what compiled code
    /// keeps in registers, so it forces the virtualizable: RPython's effectinfo marks the calls
    /// its call-graph analysis cannot clear the same way (<c>EF_FORCES_VIRTUAL_OR_VIRTUALIZABLE</c>);
    /// without that analysis every such call counts. A BCL method taking only primitives and
    /// strings cannot reach the interpreter, so it does not.
    /// </summary>
    public static CallDescr Call(MethodInfo method) => Calls.GetOrAdd(method, static method =>
    {
        var parameters = method.GetParameters().Select(p => KindOf(p.ParameterType));
        if (!method.IsStatic)
        {
            parameters = parameters.Prepend(ValueKind.Ref);
        }
        var effects = method.IsDefined(typeof(ElidableAttribute)) || IsPureLibraryMethod(method) ? PureCall
            : IsLibrary(method.DeclaringType) && OnlyPlainData(method) ? LibraryCall
            : OpaqueCall;
        return new CallDescr($"{method.DeclaringType?.Name}.{method.Name}", parameters.ToList(), KindOf(method.ReturnType), effects) { Method = method };
    });

    private static bool IsLibrary(Type? type) => type?.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal));

    /// <summary>Primitives, strings, enums and arrays of them: values through which no interpreter object is reachable.</summary>
    private static bool IsPlainData(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(void) || (type.IsArray && IsPlainData(type.GetElementType()!));

    private static bool OnlyPlainData(MethodInfo method) =>
        (method.IsStatic || IsPlainData(method.DeclaringType!)) && method.GetParameters().All(p => IsPlainData(p.ParameterType)) && IsPlainData(method.ReturnType);

    /// <summary>
    /// The intrinsics of DESIGN.md §2: System.Math, and the queries of string and of the number
    /// types (no string method changes the string; Math and the predicates are functions of
    /// their arguments), on plain data only.
    /// </summary>
    private static bool IsPureLibraryMethod(MethodInfo method) =>
        OnlyPlainData(method) && method.DeclaringType is { } type
        && (type == typeof(Math) || type == typeof(string) || type == typeof(double) || type == typeof(char)
            || type == typeof(int) || type == typeof(long))
        && method.ReturnType != typeof(void) && !method.Name.StartsWith("Try", StringComparison.Ordinal)
        && method.Name is not ("Intern" or "IsInterned" or "Create");
}
