using System.Runtime.CompilerServices;

namespace Meta.Jit;

/// <summary>
/// Hints an interpreter gives the tracer (RPython's rlib.jit functions). Untranslated, each is
/// the identity or a constant answer; in a trace each has the meaning docs/hints.md gives.
/// </summary>
public static class Hints
{
    /// <summary>In a trace: a guard_value on x, after which x is a constant of the trace.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Promote<T>(T value) => value;

    /// <summary>Promote for strings: the guard compares contents, not identity.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string PromoteString(string value) => value;

    /// <summary>True in compiled code and while tracing; false when interpreting.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool WeAreJitted() => false;

    /// <summary>While tracing: whether x is a constant of the trace. False when interpreting.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsConstant<T>(T value) => false;

    /// <summary>While tracing: whether x is a virtual (an allocation the optimizer may remove). False when interpreting.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsVirtual(object? value) => false;

    /// <summary>While tracing: the translator checks that x is green (a constant of the trace); a no-op otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AssertGreen<T>(T value)
    {
    }

    /// <summary>Tells the tracer that <paramref name="value"/> is exactly of <paramref name="type"/> (no guard is recorded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RecordExactClass(object value, Type type)
    {
    }

    /// <summary>
    /// Tells the tracer that the static [Elidable] method <paramref name="method"/> of
    /// <paramref name="owner"/> gives <paramref name="result"/> for this argument, so a later
    /// identical call folds away (RPython's record_known_result). No delegates: RC# has none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void RecordKnownResult<TResult, TArg>(TResult result, Type owner, string method, TArg argument)
    {
    }
}
