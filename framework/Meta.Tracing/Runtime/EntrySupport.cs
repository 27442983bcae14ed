using Meta.Tracing.Execution;

namespace Meta.Tracing.Runtime;

/// <summary>
/// What the translator's generated entries (resume entries, the portal's re-entry at its merge
/// point) call to move values between interpreter frames and <see cref="ResumedFrame"/>s; a dead
/// slot (null) reads as the default of its kind, which the method does not read before writing.
/// </summary>
public static class EntrySupport
{
    public static int LocalInt(ResumedFrame frame, int slot) => frame.Locals[slot]?.AsInt ?? 0;
    public static long LocalLong(ResumedFrame frame, int slot) => frame.Locals[slot]?.AsLong ?? 0;
    public static double LocalFloat(ResumedFrame frame, int slot) => frame.Locals[slot]?.AsFloat ?? 0;
    public static object? LocalRef(ResumedFrame frame, int slot) => frame.Locals[slot]?.AsRef;

    public static int StackInt(ResumedFrame frame, int slot) => Stack(frame, slot).AsInt;
    public static long StackLong(ResumedFrame frame, int slot) => Stack(frame, slot).AsLong;
    public static double StackFloat(ResumedFrame frame, int slot) => Stack(frame, slot).AsFloat;
    public static object? StackRef(ResumedFrame frame, int slot) => Stack(frame, slot).AsRef;

    public static int StackCount(ResumedFrame frame) => frame.Stack.Count;

    private static TraceValue Stack(ResumedFrame frame, int slot) =>
        frame.Stack[slot] ?? throw new InvalidOperationException($"{frame.Method}@{frame.ILOffset}: stack slot {slot} is dead in the resume data");

    /// <summary>The result of a callee's resume entry (boxed), pushed on its caller's stack as an int32.</summary>
    public static int PushedInt(object? value) => value switch
    {
        int i => i,
        bool b => b ? 1 : 0,
        char c => c,
        byte b => b,
        sbyte b => b,
        short s => s,
        ushort s => s,
        uint u => unchecked((int)u),
        Enum e => Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"{value?.GetType().Name ?? "null"} is not an int32 result"),
    };

    public static long PushedLong(object? value) => value switch
    {
        long l => l,
        ulong u => unchecked((long)u),
        _ => throw new InvalidCastException($"{value?.GetType().Name ?? "null"} is not an int64 result"),
    };

    public static double PushedFloat(object? value) =>
        value is double d ? d : throw new InvalidCastException($"{value?.GetType().Name ?? "null"} is not a double result");

    /// <summary>A frame of <paramref name="slotCount"/> slots holding <paramref name="values"/> at <paramref name="slots"/>, the rest dead.</summary>
    public static ResumedFrame Frame(string method, int ilOffset, int slotCount, int[] slots, TraceValue[] values)
    {
        var locals = new TraceValue?[slotCount];
        for (var i = 0; i < slots.Length; i++)
        {
            locals[slots[i]] = values[i];
        }
        return new ResumedFrame(method, ilOffset, locals, []);
    }
}
