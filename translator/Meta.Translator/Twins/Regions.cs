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
}
