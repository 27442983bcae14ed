using System.Runtime.CompilerServices;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Tracing.Runtime;

/// <summary>
/// The first half of deoptimization (RPython's resume.py): from a failing guard's resume data
/// and its exit values, allocates the virtual objects the optimizer removed, does the heap writes
/// compiled code delayed, and gives back the interpreter frames with concrete values. Continuing
/// the interpreter in those frames is the interpreter's (or the translator's) part.
/// </summary>
public static class Materializer
{
    public static IReadOnlyList<ResumedFrame> Resume(ResumeData resume, IReadOnlyList<TraceValue> exitValues)
    {
        var values = new Dictionary<Value, TraceValue>();
        var index = 0;
        foreach (var live in resume.LiveValues)
        {
            values[live] = exitValues[index++];
        }
        if (index != exitValues.Count)
        {
            throw new ArgumentException($"{exitValues.Count} exit values for {index} live values", nameof(exitValues));
        }
        foreach (var virtualObject in resume.Virtuals)
        {
            values[virtualObject] = TraceValue.Ref(Allocate(virtualObject));
        }
        TraceValue Get(Value value) => value is Constant constant ? TraceValue.FromConstant(constant) : values[value];
        foreach (var virtualObject in resume.Virtuals)
        {
            Fill(values[virtualObject].AsRef!, virtualObject, Get);
        }
        foreach (var write in resume.PendingWrites)
        {
            var target = Get(write.Target).AsRef ?? throw new NullReferenceException($"a pending write to {write.Descr.Name} of null");
            Store(target, write.Descr, write.Index is null ? -1 : Get(write.Index).AsInt, Get(write.Value));
        }
        TraceValue?[] Slots(IReadOnlyList<Value?> slots) => slots.Select(slot => slot is null ? (TraceValue?)null : Get(slot)).ToArray();
        return resume.Frames.Select(frame => new ResumedFrame(frame.Method, frame.ILOffset, Slots(frame.Locals), Slots(frame.Stack))).ToList();
    }

    private static object Allocate(VirtualObject virtualObject) => virtualObject.Descr switch
    {
        ClassDescr { Type: { } type } => RuntimeHelpers.GetUninitializedObject(type),
        ArrayDescr { ElementType: { } element } => Array.CreateInstance(element, virtualObject.Items.Count),
        var descr => throw new InvalidOperationException($"the virtual {descr.Name} has no CLR type to allocate"),
    };

    private static void Fill(object target, VirtualObject virtualObject, Func<Value, TraceValue> get)
    {
        foreach (var (field, value) in virtualObject.Fields)
        {
            Store(target, field, -1, get(value));
        }
        for (var i = 0; i < virtualObject.Items.Count; i++)
        {
            if (virtualObject.Items[i] is { } item)
            {
                Store(target, virtualObject.Descr, i, get(item));
            }
        }
    }

    private static void Store(object target, Descr descr, int index, TraceValue value)
    {
        switch (descr)
        {
            case FieldDescr { Field: { } field }:
                field.SetValue(target, ClrValues.ToClr(value, field.FieldType));
                break;
            case ArrayDescr { ElementType: { } element }:
                ((Array)target).SetValue(ClrValues.ToClr(value, element), index);
                break;
            default:
                throw new InvalidOperationException($"{descr.Name} has no CLR member to write");
        }
    }
}
