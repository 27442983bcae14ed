namespace Meta.Jit;

/// <summary>
/// The method is pure given its arguments (it may raise): with constant arguments a call folds
/// to its result, and identical calls are computed once (RPython's @elidable).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor)]
public sealed class ElidableAttribute : Attribute;

/// <summary>The tracer never looks inside this method: it is a residual call in traces (@dont_look_inside).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor)]
public sealed class DontLookInsideAttribute : Attribute;

/// <summary>
/// The method has a loop, and the tracer may still inline it, unrolling the loop (@unroll_safe).
/// Without it, a method with a loop is a residual call.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor)]
public sealed class UnrollSafeAttribute : Attribute;

/// <summary>
/// The tracer looks inside the method only when the named static bool method of the same class,
/// called on the same arguments, returns true with constant arguments (@look_inside_iff).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LookInsideIfAttribute(string predicate) : Attribute
{
    public string Predicate { get; } = predicate;
}

/// <summary>The elements of this array field never change once it is filled (RPython's _immutable_fields_ = ['a[*]']).</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ImmutableElementsAttribute : Attribute;

/// <summary>
/// The field almost never changes: compiled code reads it as a constant and is invalidated
/// when it is written (RPython's quasi-immutable fields, 'x?').
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class QuasiImmutableAttribute : Attribute;

/// <summary>
/// Instances of this class are the interpreter's frames: the listed fields (and fixed-size arrays
/// written "name[*]") stay in registers in compiled code and are written back only on exit
/// (RPython's _virtualizable_).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class VirtualizableAttribute(params string[] fields) : Attribute
{
    public IReadOnlyList<string> Fields { get; } = fields;
}
