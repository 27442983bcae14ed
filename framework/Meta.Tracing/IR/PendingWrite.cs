namespace Meta.Tracing.IR;

/// <summary>
/// A write to the heap that compiled code delayed and that a failing guard must still perform
/// before the interpreter resumes: a setfield (no index) or a setarrayitem (with index). The heap
/// cache delays writes this way (RPython's pending_setfields in resume.py), and a virtualizable
/// frame's fields, kept in registers, are written back this way.
/// </summary>
public sealed class PendingWrite
{
    public PendingWrite(Value target, FieldDescr field, Value value)
    {
        Target = target;
        Descr = field;
        Value = value;
    }

    public PendingWrite(Value target, ArrayDescr array, Value index, Value value)
    {
        Target = target;
        Descr = array;
        Index = index;
        Value = value;
    }

    /// <summary>The object or array written to (a value of the trace, not a virtual).</summary>
    public Value Target { get; }

    /// <summary>A <see cref="FieldDescr"/> for a field, an <see cref="ArrayDescr"/> for an array item.</summary>
    public Descr Descr { get; }

    /// <summary>The array index (i32); null for a field.</summary>
    public Value? Index { get; }

    /// <summary>The value written: a trace value, a constant, or a virtual to allocate first.</summary>
    public Value Value { get; }

    public IEnumerable<Value> Values => Index is null ? [Target, Value] : [Target, Index, Value];
}
