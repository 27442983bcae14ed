using System.Reflection;

namespace Meta.Tracing.IR;

/// <summary>
/// A descriptor: what an operation needs to know about the interpreter's world (a field, an
/// array type, a method to call, a class, a loop target). Descriptors are compared by identity
/// at run time; <see cref="TraceEquality"/> compares them by name and shape.
/// </summary>
public abstract class Descr(string name)
{
    /// <summary>The name that stands for this descriptor in trace text.</summary>
    public string Name { get; } = name;

    public override string ToString() => Name;
}

[Flags]
public enum FieldFlags
{
    None = 0,
    /// <summary>A readonly field: never changes after the object is constructed.</summary>
    Immutable = 1,
    /// <summary>Almost never changes; compiled code that relied on it is invalidated on a write.</summary>
    QuasiImmutable = 2,
    /// <summary>A static field, read with getstatic and written with setstatic.</summary>
    Static = 4,
    /// <summary>
    /// A field of the interpreter's virtualizable frame (DESIGN.md §3): compiled code keeps it in a
    /// register and writes it back only on exit or before a call that forces the frame.
    /// </summary>
    Virtualizable = 8,
}

public sealed class FieldDescr(string name, ValueKind kind, FieldFlags flags = FieldFlags.None) : Descr(name)
{
    public ValueKind Kind { get; } = kind == ValueKind.Void ? throw new ArgumentException("a field has a value kind", nameof(kind)) : kind;
    public FieldFlags Flags { get; } = flags;
    public bool IsStatic => (Flags & FieldFlags.Static) != 0;
    public bool IsImmutable => (Flags & FieldFlags.Immutable) != 0;
    public bool IsQuasiImmutable => (Flags & FieldFlags.QuasiImmutable) != 0;
    public bool IsVirtualizable => (Flags & FieldFlags.Virtualizable) != 0;

    /// <summary>The CLR field, when the descriptor stands for one (backends need it; text does not).</summary>
    public FieldInfo? Field { get; init; }
}

public sealed class ArrayDescr(string name, ValueKind elementKind, bool elementsImmutable = false, bool virtualizable = false) : Descr(name)
{
    public ValueKind ElementKind { get; } = elementKind == ValueKind.Void ? throw new ArgumentException("an array element has a value kind", nameof(elementKind)) : elementKind;

    /// <summary>The elements never change after the array is filled (the immutable-array hint).</summary>
    public bool ElementsImmutable { get; } = elementsImmutable;

    /// <summary>
    /// A fixed-size array of the virtualizable frame (its locals, its value stack): compiled code
    /// keeps its items in registers, as it keeps the frame's virtualizable fields (DESIGN.md §3).
    /// </summary>
    public bool IsVirtualizable { get; } = virtualizable;

    /// <summary>The CLR element type, when the descriptor stands for a CLR array type.</summary>
    public Type? ElementType { get; init; }
}

/// <summary>A class, as in guard_class, guard_exception and new.</summary>
public sealed class ClassDescr(string name) : Descr(name)
{
    /// <summary>The CLR type, when the descriptor stands for one.</summary>
    public Type? Type { get; init; }
}

public sealed class CallDescr(string name, IReadOnlyList<ValueKind> parameters, ValueKind result, EffectInfo effects) : Descr(name)
{
    public IReadOnlyList<ValueKind> Parameters { get; } = parameters.Contains(ValueKind.Void)
        ? throw new ArgumentException("a parameter has a value kind", nameof(parameters))
        : parameters.ToArray();

    public ValueKind Result { get; } = result;
    public EffectInfo Effects { get; } = effects;

    /// <summary>The CLR method called, when the descriptor stands for one; instance methods take the receiver first.</summary>
    public MethodInfo? Method { get; init; }
}

/// <summary>A loop target: the label that defines it and the jumps that go to it.</summary>
public sealed class TargetToken(string name, IReadOnlyList<ValueKind> kinds) : Descr(name)
{
    /// <summary>The kinds of the label's arguments, which every jump to it passes.</summary>
    public IReadOnlyList<ValueKind> Kinds { get; } = kinds.Contains(ValueKind.Void)
        ? throw new ArgumentException("a label argument has a value kind", nameof(kinds))
        : kinds.ToArray();
}
