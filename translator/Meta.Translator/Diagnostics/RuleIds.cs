namespace Meta.Translator.Diagnostics;

/// <summary>
/// The RC# rule table. Ids are stable: a rule that is dropped leaves its id unused. Each rule's
/// reason and fix are in docs/translator.md, in the same order.
/// </summary>
public static class RuleIds
{
    public static readonly Rule Closure = new("META0001", Severity.Error, "lambda or closure");
    public static readonly Rule DelegateCreation = new("META0002", Severity.Error, "delegate or function pointer creation");
    public static readonly Rule DelegateInvocation = new("META0003", Severity.Error, "delegate invocation");
    public static readonly Rule Linq = new("META0004", Severity.Error, "LINQ");
    public static readonly Rule Async = new("META0005", Severity.Error, "async method");
    public static readonly Rule Iterator = new("META0006", Severity.Error, "iterator method");
    public static readonly Rule Dynamic = new("META0007", Severity.Error, "dynamic");
    public static readonly Rule Reflection = new("META0008", Severity.Error, "reflection");
    public static readonly Rule Unsafe = new("META0009", Severity.Error, "pointers, stackalloc or fixed");
    public static readonly Rule Threading = new("META0010", Severity.Error, "locks, threads or tasks");
    public static readonly Rule ExceptionFilter = new("META0011", Severity.Error, "exception filter or fault handler");
    public static readonly Rule MergePointPosition = new("META0012", Severity.Error, "merge point not at the top of a loop");
    public static readonly Rule DriverArguments = new("META0013", Severity.Error, "merge point arguments do not match the driver's greens and reds");
    public static readonly Rule LiveVariable = new("META0014", Severity.Error, "variable live at the merge point is neither green nor red");
    public static readonly Rule DuplicateMergePoint = new("META0015", Severity.Error, "more than one merge point for a driver");
    public static readonly Rule GenericVirtual = new("META0016", Severity.Error, "generic virtual method");
    public static readonly Rule UnsupportedOpcode = new("META0017", Severity.Error, "IL instruction the tracer does not handle");
    public static readonly Rule UnreadableDriver = new("META0018", Severity.Error, "driver declaration the translator cannot read");
    public static readonly Rule UnresolvedReference = new("META0019", Severity.Error, "reference the translator cannot resolve");
    public static readonly Rule BadLookInsideIf = new("META0020", Severity.Error, "[LookInsideIf] predicate missing or of the wrong shape");
    public static readonly Rule NoSymbols = new("META0021", Severity.Error, "no PDB: variable names unknown");
    public static readonly Rule BadVirtualizable = new("META0022", Severity.Error, "virtualizable declaration that does not fit");
    public static readonly Rule BadImmutableElements = new("META0023", Severity.Error, "[ImmutableElements] on a field that is not an array");
    public static readonly Rule BadKnownResult = new("META0024", Severity.Error, "RecordKnownResult naming no static [Elidable] method");
    public static readonly Rule ResidualLoop = new("META0100", Severity.Warning, "method with a loop is a residual call");
    public static readonly Rule NoMergePoint = new("META0101", Severity.Warning, "no merge point: nothing to trace");

    public static IReadOnlyList<Rule> All { get; } =
    [
        Closure, DelegateCreation, DelegateInvocation, Linq, Async, Iterator, Dynamic, Reflection, Unsafe,
        Threading, ExceptionFilter, MergePointPosition, DriverArguments, LiveVariable, DuplicateMergePoint,
        GenericVirtual, UnsupportedOpcode, UnreadableDriver, UnresolvedReference, BadLookInsideIf, NoSymbols, BadVirtualizable, BadImmutableElements, BadKnownResult, ResidualLoop, NoMergePoint,
    ];
}
