using Meta.Jit;

namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// The runtime errors raised from code the JIT traces, built here: formatting a message is
/// string work the tracer should never look inside, so each is a residual call on a path that
/// traces only reach through a guard failure anyway.
/// </summary>
public static class Errors
{
    [DontLookInside]
    public static ToyError Message(string message) => new(message);

    /// <summary>An instruction the compiler never emits: a bug of the interpreter, not of the program.</summary>
    [DontLookInside]
    public static InvalidOperationException UnknownInstruction(Bytecode.Op op, int pc, string code) => new($"unknown instruction {op} at {pc} in {code}");

    [DontLookInside]
    public static ToyError IntegerOverflow() => new("integer overflow");

    [DontLookInside]
    public static ToyError DivisionByZero() => new("division by zero");

    [DontLookInside]
    public static ToyError StringTooLong() => new($"string too long (more than {StringValue.MaxLength} characters)");

    [DontLookInside]
    public static ToyError ListTooLong() => new($"list too long (more than {ListValue.MaxLength} items)");

    [DontLookInside]
    public static ToyError IndexOutOfRange(string kind, long index, long length) =>
        new($"{kind} index {index} out of range (length {length})");

    [DontLookInside]
    public static ToyError IndexNotInt(string kind, Value key) => new($"{kind} index must be an int, not a {key.TypeName}");

    [DontLookInside]
    public static ToyError CannotIndex(Value container) => new($"cannot index a {container.TypeName}");

    [DontLookInside]
    public static ToyError CannotIterate(Value value) => new($"cannot iterate over a {value.TypeName}");

    [DontLookInside]
    public static ToyError Unhashable(Value key) => new($"a {key.TypeName} cannot be a map key");

    [DontLookInside]
    public static ToyError NoSuchField(string typeName, string field) => new($"{typeName} has no field '{field}'");

    [DontLookInside]
    public static ToyError NotARecord(string verb, string field, Value target) => new($"cannot {verb} field '{field}' of a {target.TypeName}");

    [DontLookInside]
    public static ToyError UnsupportedOperands(string op, Value a, Value b) =>
        new($"unsupported operands for '{op}': {a.TypeName} and {b.TypeName}");

    [DontLookInside]
    public static ToyError BadOperand(string op, Value a) => new($"bad operand for unary '{op}': {a.TypeName}");

    [DontLookInside]
    public static ToyError CannotCall(Value callee) => new($"cannot call a {callee.TypeName}");

    /// <summary>"NAME() expects N argument(s), got M" (noun: "argument", or "field value" for record constructors).</summary>
    [DontLookInside]
    public static ToyError WrongArgumentCount(string name, int expected, int got, string noun) =>
        new($"{name}() expects {expected} {noun}{(expected == 1 ? "" : "s")}, got {got}");

    [DontLookInside]
    public static ToyError StackOverflow(int maxDepth) => new($"stack overflow (more than {maxDepth} nested calls)");

    [DontLookInside]
    public static ToyError UndefinedVariable(string name, bool assigning) =>
        new($"undefined variable '{name}'{(assigning ? " (declare it with var)" : "")}");

    /// <summary>A builtin got an argument of the wrong kind: "NAME() expects WHAT, got TYPE".</summary>
    [DontLookInside]
    public static ToyError WrongArgument(string builtin, string expected, Value got) =>
        new($"{builtin}() expects {expected}, got {got.TypeName}");

    [DontLookInside]
    public static ToyError NotSupportedBy(string builtin, Value value) => new($"{builtin}() of a {value.TypeName}");
}
