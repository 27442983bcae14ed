using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>Where an instruction is relative to the protected regions and handlers of its method.</summary>
public static class Regions
{
    public static bool InTry(ExceptionHandler handler, Instruction instruction) =>
        handler.TryStart.Offset <= instruction.Offset && (handler.TryEnd is null || instruction.Offset < handler.TryEnd.Offset);

    public static bool InHandler(ExceptionHandler handler, Instruction instruction) =>
        handler.HandlerStart.Offset <= instruction.Offset && (handler.HandlerEnd is null || instruction.Offset < handler.HandlerEnd.Offset);

    /// <summary>
    /// The try blocks holding <paramref name="instruction"/>, outermost first, one per block (a
    /// block with several handlers is listed once): the regions an entry must go through.
    /// </summary>
    public static IReadOnlyList<ExceptionHandler> EnclosingTries(MethodBody body, Instruction instruction) =>
        body.ExceptionHandlers
            .Where(h => InTry(h, instruction))
            .DistinctBy(h => (h.TryStart.Offset, h.TryEnd?.Offset))
            .OrderBy(h => h.TryStart.Offset)
            .ThenByDescending(h => h.TryEnd?.Offset ?? int.MaxValue)
            .ToList();

    /// <summary>
    /// Gives <paramref name="copy"/> the exception handlers of <paramref name="original"/>, each
    /// boundary moved to where its instruction starts in the copy (<paramref name="starts"/>); a
    /// boundary at the end of the original method becomes <paramref name="end"/> (null: the end of the copy).
    /// </summary>
    public static void CopyHandlers(MethodBody original, MethodBody copy, IReadOnlyDictionary<Instruction, Instruction> starts, Instruction? end)
    {
        foreach (var handler in original.ExceptionHandlers)
        {
            copy.ExceptionHandlers.Add(new ExceptionHandler(handler.HandlerType)
            {
                TryStart = starts[handler.TryStart],
                TryEnd = handler.TryEnd is null ? end : starts[handler.TryEnd],
                HandlerStart = starts[handler.HandlerStart],
                HandlerEnd = handler.HandlerEnd is null ? end : starts[handler.HandlerEnd],
                CatchType = handler.CatchType,
            });
        }
    }
}
