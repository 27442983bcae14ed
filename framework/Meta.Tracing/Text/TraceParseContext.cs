using Meta.Tracing.IR;

namespace Meta.Tracing.Text;

/// <summary>
/// What trace text may name without declaring: descriptors the interpreter already has, and the
/// objects behind <c>$name</c> constants. A name neither declared nor given here is an error for a
/// descriptor and a fresh <see cref="NamedObject"/> for an object.
/// </summary>
public sealed class TraceParseContext
{
    public Dictionary<string, Descr> Descrs { get; } = [];
    public Dictionary<string, object> Objects { get; } = [];
}
