namespace Meta.Translator.Twins;

/// <summary>
/// A method the twin generator cannot translate yet (an opcode, type or construct outside this
/// slice). It is a translation result, not a crash: the method gets no twin, calls to it are
/// recorded as residual calls, and the reason is listed in <see cref="TwinReport"/>.
/// </summary>
public sealed class TwinUnsupportedException(string reason) : Exception(reason);
