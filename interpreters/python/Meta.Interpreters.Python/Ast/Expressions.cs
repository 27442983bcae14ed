namespace Meta.Interpreters.Python.Ast;

// Expression nodes of CPython 3.11's Python.asdl, same names and field order.

public sealed class BoolOp(BoolOperator op, IReadOnlyList<ExprNode> values) : ExprNode
{
    public BoolOperator Op { get; } = op;
    public IReadOnlyList<ExprNode> Values { get; } = values;
    public override Field[] GetFields() => [new("op", Op), new("values", Values)];
}

public sealed class NamedExpr(ExprNode target, ExprNode value) : ExprNode
{
    public ExprNode Target { get; } = target;
    public ExprNode Value { get; } = value;
    public override Field[] GetFields() => [new("target", Target), new("value", Value)];
}

public sealed class BinOp(ExprNode left, Operator op, ExprNode right) : ExprNode
{
    public ExprNode Left { get; } = left;
    public Operator Op { get; } = op;
    public ExprNode Right { get; } = right;
    public override Field[] GetFields() => [new("left", Left), new("op", Op), new("right", Right)];
}

public sealed class UnaryOp(UnaryOperator op, ExprNode operand) : ExprNode
{
    public UnaryOperator Op { get; } = op;
    public ExprNode Operand { get; } = operand;
    public override Field[] GetFields() => [new("op", Op), new("operand", Operand)];
}

public sealed class Lambda(Arguments args, ExprNode body) : ExprNode
{
    public Arguments Args { get; } = args;
    public ExprNode Body { get; } = body;
    public override Field[] GetFields() => [new("args", Args), new("body", Body)];
}

public sealed class IfExp(ExprNode test, ExprNode body, ExprNode orElse) : ExprNode
{
    public ExprNode Test { get; } = test;
    public ExprNode Body { get; } = body;
    public ExprNode OrElse { get; } = orElse;
    public override Field[] GetFields() => [new("test", Test), new("body", Body), new("orelse", OrElse)];
}

/// <summary>A dict display; a null key stands for a <c>**mapping</c> entry.</summary>
public sealed class Dict(IReadOnlyList<ExprNode?> keys, IReadOnlyList<ExprNode> values) : ExprNode
{
    public IReadOnlyList<ExprNode?> Keys { get; } = keys;
    public IReadOnlyList<ExprNode> Values { get; } = values;
    public override Field[] GetFields() => [new("keys", Keys), new("values", Values)];
}

public sealed class Set(IReadOnlyList<ExprNode> elts) : ExprNode
{
    public IReadOnlyList<ExprNode> Elts { get; } = elts;
    public override Field[] GetFields() => [new("elts", Elts)];
}

public sealed class ListComp(ExprNode elt, IReadOnlyList<Comprehension> generators) : ExprNode
{
    public ExprNode Elt { get; } = elt;
    public IReadOnlyList<Comprehension> Generators { get; } = generators;
    public override Field[] GetFields() => [new("elt", Elt), new("generators", Generators)];
}

public sealed class SetComp(ExprNode elt, IReadOnlyList<Comprehension> generators) : ExprNode
{
    public ExprNode Elt { get; } = elt;
    public IReadOnlyList<Comprehension> Generators { get; } = generators;
    public override Field[] GetFields() => [new("elt", Elt), new("generators", Generators)];
}

public sealed class DictComp(ExprNode key, ExprNode value, IReadOnlyList<Comprehension> generators) : ExprNode
{
    public ExprNode Key { get; } = key;
    public ExprNode Value { get; } = value;
    public IReadOnlyList<Comprehension> Generators { get; } = generators;
    public override Field[] GetFields() => [new("key", Key), new("value", Value), new("generators", Generators)];
}

public sealed class GeneratorExp(ExprNode elt, IReadOnlyList<Comprehension> generators) : ExprNode
{
    public ExprNode Elt { get; } = elt;
    public IReadOnlyList<Comprehension> Generators { get; } = generators;
    public override Field[] GetFields() => [new("elt", Elt), new("generators", Generators)];
}

public sealed class Await(ExprNode value) : ExprNode
{
    public ExprNode Value { get; } = value;
    public override Field[] GetFields() => [new("value", Value)];
}

public sealed class Yield(ExprNode? value) : ExprNode
{
    public ExprNode? Value { get; } = value;
    public override Field[] GetFields() => [new("value", Value, true)];
}

public sealed class YieldFrom(ExprNode value) : ExprNode
{
    public ExprNode Value { get; } = value;
    public override Field[] GetFields() => [new("value", Value)];
}

public sealed class Compare(ExprNode left, IReadOnlyList<CompareOperator> ops, IReadOnlyList<ExprNode> comparators) : ExprNode
{
    public ExprNode Left { get; } = left;
    public IReadOnlyList<CompareOperator> Ops { get; } = ops;
    public IReadOnlyList<ExprNode> Comparators { get; } = comparators;
    public override Field[] GetFields() => [new("left", Left), new("ops", Ops), new("comparators", Comparators)];
}

public sealed class Call(ExprNode func, IReadOnlyList<ExprNode> args, IReadOnlyList<Keyword> keywords) : ExprNode
{
    public ExprNode Func { get; } = func;
    public IReadOnlyList<ExprNode> Args { get; } = args;
    public IReadOnlyList<Keyword> Keywords { get; } = keywords;
    public override Field[] GetFields() => [new("func", Func), new("args", Args), new("keywords", Keywords)];
}

/// <summary>A replacement field of an f-string; conversion is -1 or the code of 's', 'r', 'a'.</summary>
public sealed class FormattedValue(ExprNode value, int conversion, ExprNode? formatSpec) : ExprNode
{
    public ExprNode Value { get; } = value;
    public int Conversion { get; } = conversion;
    public ExprNode? FormatSpec { get; } = formatSpec;
    public override Field[] GetFields() => [new("value", Value), new("conversion", Conversion), new("format_spec", FormatSpec, true)];
}

public sealed class JoinedStr(IReadOnlyList<ExprNode> values) : ExprNode
{
    public IReadOnlyList<ExprNode> Values { get; } = values;
    public override Field[] GetFields() => [new("values", Values)];
}

/// <summary>
/// A literal. Value is null (None), bool, long or BigInteger, double, Complex, string, byte[]
/// or <see cref="EllipsisValue"/>; kind is "u" for u-prefixed strings.
/// </summary>
public sealed class Constant(object? value, string? kind = null) : ExprNode
{
    public object? Value { get; } = value;
    public string? Kind { get; } = kind;
    public override Field[] GetFields() => [new("value", new ConstantValue(Value)), new("kind", Kind, true)];
}

/// <summary>Marks a constant in a field so the dumper prints its Python repr.</summary>
public readonly record struct ConstantValue(object? Value);

public sealed class Attribute(ExprNode value, string attr, ExprContext ctx) : ExprNode
{
    public ExprNode Value { get; } = value;
    public string Attr { get; } = attr;
    public ExprContext Ctx { get; set; } = ctx;
    public override Field[] GetFields() => [new("value", Value), new("attr", Attr), new("ctx", Ctx)];
}

public sealed class Subscript(ExprNode value, ExprNode slice, ExprContext ctx) : ExprNode
{
    public ExprNode Value { get; } = value;
    public ExprNode Slice { get; } = slice;
    public ExprContext Ctx { get; set; } = ctx;
    public override Field[] GetFields() => [new("value", Value), new("slice", Slice), new("ctx", Ctx)];
}

public sealed class Starred(ExprNode value, ExprContext ctx) : ExprNode
{
    public ExprNode Value { get; } = value;
    public ExprContext Ctx { get; set; } = ctx;
    public override Field[] GetFields() => [new("value", Value), new("ctx", Ctx)];
}

public sealed class Name(string id, ExprContext ctx) : ExprNode
{
    public string Id { get; } = id;
    public ExprContext Ctx { get; set; } = ctx;
    public override Field[] GetFields() => [new("id", Id), new("ctx", Ctx)];
}

public sealed class List(IReadOnlyList<ExprNode> elts, ExprContext ctx) : ExprNode
{
    public IReadOnlyList<ExprNode> Elts { get; } = elts;
    public ExprContext Ctx { get; set; } = ctx;
    public override Field[] GetFields() => [new("elts", Elts), new("ctx", Ctx)];
}

public sealed class Tuple(IReadOnlyList<ExprNode> elts, ExprContext ctx) : ExprNode
{
    public IReadOnlyList<ExprNode> Elts { get; } = elts;
    public ExprContext Ctx { get; set; } = ctx;
    public override Field[] GetFields() => [new("elts", Elts), new("ctx", Ctx)];
}

public sealed class Slice(ExprNode? lower, ExprNode? upper, ExprNode? step) : ExprNode
{
    public ExprNode? Lower { get; } = lower;
    public ExprNode? Upper { get; } = upper;
    public ExprNode? Step { get; } = step;
    public override Field[] GetFields() => [new("lower", Lower, true), new("upper", Upper, true), new("step", Step, true)];
}
