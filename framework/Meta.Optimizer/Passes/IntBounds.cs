using Meta.Tracing.IR;
using static Meta.Tracing.IR.Opcode;

namespace Meta.Optimizer.Passes;

/// <summary>
/// Integer bounds (RPython's optimizeopt/intbounds.py over intutils.py): every i32 and i64 value
/// gets a [lower, upper] range, forward from the operations that compute it and backward from the
/// guards that test it. With them it folds comparisons whose outcome is known (the guard on such a
/// comparison then goes in <see cref="GuardRemoval"/>), turns _ovf operations that cannot overflow
/// into plain ones and drops their guard_no_overflow, and folds ops whose result is one value.
/// Beside ranges it keeps which values were proven smaller than which (x &lt; n from a guard), so a
/// second check of the same relation, a range check such as uint_lt(i, len) included, goes away.
/// </summary>
public sealed class IntBounds : OptimizationPass
{
    /// <summary>How far back one guard's facts travel through the ops that computed its operands.</summary>
    private const int MaxBackwardDepth = 8;

    private readonly HashSet<(Value Smaller, Value Larger)> _lessThan = [];
    private readonly HashSet<(Value Smaller, Value Larger)> _lessOrEqual = [];
    private bool _dropNextOverflowGuard;
    private (Operation Op, IntBound Bound)? _pendingOverflow;

    private enum Relation { Lt, Le, Eq, Ne }

    public override void Propagate(Operation op)
    {
        if (op.Opcode is GuardNoOverflow or GuardOverflow)
        {
            OverflowGuard(op);
            return;
        }
        switch (op.Opcode)
        {
            case GuardTrue or GuardFalse:
                TruthGuard(op, op.Opcode == GuardTrue);
                return;
            case GuardValue when IsInteger(op.Operands[0]) && op.Operands[1] is Constant constant:
                EmitNext(op);
                LearnResult(op.Operands[0], IntBound.Exactly(ValueOf(constant)));
                return;
            case Label:
                ForgetAtLabel(op);
                EmitNext(op);
                return;
        }
        if (op.Info.IsOverflow)
        {
            var kind = IntBound.OfKind(op.Kind);
            var exact = Exact(op);
            if (exact is not { } fits || !kind.Contains(fits))
            {
                // It may overflow: it stays; once guard_no_overflow passed, its result is exact and in range.
                var inRange = exact?.Intersect(kind) ?? kind;
                EmitNext(op);
                _pendingOverflow = (op, inRange.IsEmpty ? kind : inRange);
                return;
            }
            var plain = new Operation(PlainOf(op.Opcode), op.Operands);
            Optimizer.Replace(op, plain);
            _dropNextOverflowGuard = true;
            op = plain;
        }
        if (!IsInteger(op))
        {
            EmitNext(op);
            return;
        }
        var bound = Forward(op);
        if (op.Info.IsPure && bound.IsConstant)
        {
            Optimizer.Replace(op, ConstantOf(op.Kind, bound.Lower));
            return;
        }
        Optimizer.Info(op).Bound = Optimizer.Info(op).Bound.Intersect(bound);
        EmitNext(op);
    }

    /// <summary>Drops the guard of an _ovf op made plain; after one that stays, its result's bound holds.</summary>
    private void OverflowGuard(Operation guard)
    {
        var pending = _pendingOverflow;
        _pendingOverflow = null;
        if (_dropNextOverflowGuard)
        {
            _dropNextOverflowGuard = false;
            if (guard.Opcode == GuardOverflow)
            {
                // Proven not to overflow yet guarded to overflow: the exit always fails, so it stays (as in PureOperations).
                EmitNext(new Operation(GuardTrue, [Constant.Int(0)], null, guard.Resume));
            }
            return;
        }
        EmitNext(guard);
        if (guard.Opcode == GuardNoOverflow && pending is var (op, bound))
        {
            Narrow(op, bound, MaxBackwardDepth);
        }
    }

    /// <summary>
    /// A guard on a condition: first the condition is decided if the bounds now know it (so the
    /// guard pass can drop the guard); after the guard has gone on, what it proves is learned.
    /// Facts are learned only after emitting, so that no pass removes a guard by its own facts.
    /// </summary>
    private void TruthGuard(Operation guard, bool expected)
    {
        var condition = guard.Operands[0];
        if (Optimizer.Get(condition) is Operation definition && Outcome(definition) is { } known)
        {
            Narrow(definition, IntBound.Exactly(known ? 1 : 0), MaxBackwardDepth);
        }
        EmitNext(guard);
        LearnResult(condition, expected ? BoundOf(condition).Excluding(0) : IntBound.Exactly(0));
    }

    /// <summary>A guard proved <paramref name="value"/> lies in <paramref name="bound"/>: narrow it and what computed it.</summary>
    private void LearnResult(Value value, IntBound bound)
    {
        if (BoundOf(value).Intersect(bound).IsEmpty)
        {
            // The guard always fails: what follows never runs, nothing to learn.
            return;
        }
        var known = BoundOf(value).Intersect(bound);
        Narrow(value, known, MaxBackwardDepth);
        // The guard pass may have replaced the value by a constant already; its definition still tells.
        if (value is Operation definition)
        {
            Backward(definition, known, 0);
        }
    }

    /// <summary>Intersects what is known of a value with <paramref name="bound"/>; when that taught something, propagates backward.</summary>
    private void Narrow(Value value, IntBound bound, int depth)
    {
        var current = Optimizer.Get(value);
        if (current is Constant || !IsInteger(current))
        {
            return;
        }
        var old = BoundOf(current);
        var narrowed = old.Intersect(bound);
        if (narrowed.IsEmpty || narrowed == old)
        {
            // Empty: the guard always fails; what follows never runs, nothing to learn.
            return;
        }
        Optimizer.Info(current).Bound = narrowed;
        if (narrowed.IsConstant)
        {
            // As RPython's make_constant_int: from here on the value is that constant.
            Optimizer.Replace(current, ConstantOf(current.Kind, narrowed.Lower));
        }
        if (depth < MaxBackwardDepth && current is Operation definition)
        {
            Backward(definition, narrowed, depth + 1);
        }
    }

    /// <summary>The result of <paramref name="op"/> is known to lie in <paramref name="result"/>: what does that say of its operands?</summary>
    private void Backward(Operation op, IntBound result, int depth)
    {
        switch (op.Opcode)
        {
            case IntAdd or LongAdd or IntAddOvf or LongAddOvf:
                NarrowExact(op.Operands[0], result.Sub(BoundOf(op.Operands[1])), depth);
                NarrowExact(op.Operands[1], result.Sub(BoundOf(op.Operands[0])), depth);
                break;
            case IntSub or LongSub or IntSubOvf or LongSubOvf:
                NarrowExact(op.Operands[0], result.Add(BoundOf(op.Operands[1])), depth);
                NarrowExact(op.Operands[1], BoundOf(op.Operands[0]).Sub(result), depth);
                break;
            case IntToLong:
                Narrow(op.Operands[0], result, depth);
                break;
            case IntIsTrue or LongIsTrue or IntIsZero or LongIsZero when result.IsConstant:
                var nonZero = (result.Lower != 0) == (op.Opcode is IntIsTrue or LongIsTrue);
                Narrow(op.Operands[0], nonZero ? BoundOf(op.Operands[0]).Excluding(0) : IntBound.Exactly(0), depth);
                break;
            default:
                if (result.IsConstant && Comparison(op.Opcode) is var (relation, swap, unsigned))
                {
                    var (x, y) = swap ? (op.Operands[1], op.Operands[0]) : (op.Operands[0], op.Operands[1]);
                    LearnRelation(relation, x, y, unsigned, result.Lower != 0, depth);
                }
                break;
        }
    }

    /// <summary>
    /// Narrows by the exact inverse of a wrapping op: the wrapped operand equals the exact
    /// difference only when that difference cannot wrap itself (it lies in the operand's kind).
    /// </summary>
    private void NarrowExact(Value operand, IntBound? exact, int depth)
    {
        if (exact is { } bound && IntBound.OfKind(operand.Kind).Contains(bound))
        {
            Narrow(operand, bound, depth);
        }
    }

    /// <summary>x relation y is <paramref name="holds"/>: narrow both and remember x &lt; y or x &lt;= y.</summary>
    private void LearnRelation(Relation relation, Value x, Value y, bool unsigned, bool holds, int depth)
    {
        if (!holds)
        {
            (relation, x, y) = relation switch
            {
                Relation.Lt => (Relation.Le, y, x),
                Relation.Le => (Relation.Lt, y, x),
                Relation.Eq => (Relation.Ne, x, y),
                _ => (Relation.Eq, x, y),
            };
        }
        if (unsigned)
        {
            // x <u y with y non-negative: x is non-negative too, and then the order is the signed one.
            if (!BoundOf(y).IsNonNegative)
            {
                return;
            }
            Narrow(x, IntBound.NonNegative, depth);
        }
        var (bx, by) = (BoundOf(x), BoundOf(y));
        switch (relation)
        {
            case Relation.Lt or Relation.Le:
                var strict = relation == Relation.Lt;
                Narrow(x, bx.BelowUpperOf(by, strict), depth);
                Narrow(y, by.AboveLowerOf(BoundOf(x), strict), depth);
                var pair = (Optimizer.Get(x), Optimizer.Get(y));
                if (pair.Item1 is not Constant && pair.Item2 is not Constant)
                {
                    (strict ? _lessThan : _lessOrEqual).Add(pair);
                }
                break;
            case Relation.Eq:
                Narrow(x, by, depth);
                Narrow(y, bx, depth);
                break;
            case Relation.Ne:
                if (by.IsConstant)
                {
                    Narrow(x, bx.Excluding(by.Lower), depth);
                }
                if (bx.IsConstant)
                {
                    Narrow(y, by.Excluding(bx.Lower), depth);
                }
                break;
        }
    }

    /// <summary>The value a comparison or truth test gives, if the bounds and known relations decide it.</summary>
    private bool? Outcome(Operation op)
    {
        if (op.Opcode is IntIsTrue or LongIsTrue or IntIsZero or LongIsZero)
        {
            var operand = BoundOf(op.Operands[0]);
            bool? nonZero = !operand.Contains(0) ? true : operand == IntBound.Exactly(0) ? false : null;
            return op.Opcode is IntIsTrue or LongIsTrue ? nonZero : !nonZero;
        }
        if (Comparison(op.Opcode) is not var (relation, swap, unsigned))
        {
            return null;
        }
        var (x, y) = swap ? (op.Operands[1], op.Operands[0]) : (op.Operands[0], op.Operands[1]);
        var (bx, by) = (BoundOf(x), BoundOf(y));
        if (unsigned && !(bx.IsNonNegative && by.IsNonNegative) && !(bx.IsNegative && by.IsNegative))
        {
            // Of a negative and a non-negative value, the negative one is the larger as unsigned.
            return bx.IsNegative && by.IsNonNegative ? false : bx.IsNonNegative && by.IsNegative ? true : null;
        }
        return relation switch
        {
            Relation.Lt => bx.KnownLt(by) || IsLess(x, y, strict: true) ? true : bx.KnownGe(by) || IsLess(y, x, strict: false) ? false : null,
            Relation.Le => bx.KnownLe(by) || IsLess(x, y, strict: false) ? true : bx.KnownGt(by) || IsLess(y, x, strict: true) ? false : null,
            Relation.Eq => Equal(x, y, bx, by),
            _ => !Equal(x, y, bx, by),
        };
    }

    private bool? Equal(Value x, Value y, IntBound bx, IntBound by) =>
        bx.IsConstant && bx == by ? true
        : bx.KnownDisjoint(by) || IsLess(x, y, strict: true) || IsLess(y, x, strict: true) ? false
        : null;

    /// <summary>A guard proved x &lt; y (or x &lt;= y when not strict); a proven x &lt; y also gives x &lt;= y.</summary>
    private bool IsLess(Value x, Value y, bool strict)
    {
        var pair = (Optimizer.Get(x), Optimizer.Get(y));
        return _lessThan.Contains(pair) || (!strict && _lessOrEqual.Contains(pair));
    }

    /// <summary>Bounds of invariant values hold in every iteration (they live in ValueInfo); relations keep invariant pairs.</summary>
    public override void EnterLoopBody(Func<Value, bool> isInvariant)
    {
        _dropNextOverflowGuard = false;
        _pendingOverflow = null;
        _lessThan.RemoveWhere(pair => !isInvariant(pair.Smaller) || !isInvariant(pair.Larger));
        _lessOrEqual.RemoveWhere(pair => !isInvariant(pair.Smaller) || !isInvariant(pair.Larger));
    }

    /// <summary>After a label its arguments are the values of any iteration: what was learned of them before no longer holds.</summary>
    private void ForgetAtLabel(Operation label)
    {
        _lessThan.Clear();
        _lessOrEqual.Clear();
        foreach (var argument in label.Operands)
        {
            if (argument is not Constant && IsInteger(argument))
            {
                Optimizer.Info(argument).Bound = IntBound.Unbounded;
            }
        }
    }

    private IntBound BoundOf(Value value) => Optimizer.Info(value).Bound.Intersect(IntBound.OfKind(value.Kind));

    private static bool IsInteger(Value value) => value.Kind is ValueKind.I32 or ValueKind.I64;

    private static long ValueOf(Constant constant) => constant.Kind == ValueKind.I32 ? constant.AsInt : constant.AsLong;

    private static Constant ConstantOf(ValueKind kind, long value) => kind == ValueKind.I32 ? Constant.Int((int)value) : Constant.Long(value);

    private static Opcode PlainOf(Opcode overflow) => overflow switch
    {
        IntAddOvf => IntAdd,
        IntSubOvf => IntSub,
        IntMulOvf => IntMul,
        LongAddOvf => LongAdd,
        LongSubOvf => LongSub,
        _ => LongMul,
    };

    /// <summary>x op y as (relation, operands swapped, unsigned): a &gt; b is b &lt; a.</summary>
    private static (Relation, bool, bool)? Comparison(Opcode opcode) => opcode switch
    {
        IntLt or LongLt => (Relation.Lt, false, false),
        IntLe or LongLe => (Relation.Le, false, false),
        IntGt or LongGt => (Relation.Lt, true, false),
        IntGe or LongGe => (Relation.Le, true, false),
        UintLt or UlongLt => (Relation.Lt, false, true),
        UintLe or UlongLe => (Relation.Le, false, true),
        UintGt or UlongGt => (Relation.Lt, true, true),
        UintGe or UlongGe => (Relation.Le, true, true),
        IntEq or LongEq => (Relation.Eq, false, false),
        IntNe or LongNe => (Relation.Ne, false, false),
        _ => null,
    };

    /// <summary>The exact (unwrapped) results of add, sub and mul, _ovf or not.</summary>
    private IntBound? Exact(Operation op)
    {
        var (a, b) = (BoundOf(op.Operands[0]), BoundOf(op.Operands[1]));
        return op.Opcode switch
        {
            IntAdd or LongAdd or IntAddOvf or LongAddOvf => a.Add(b),
            IntSub or LongSub or IntSubOvf or LongSubOvf => a.Sub(b),
            _ => a.Mul(b),
        };
    }

    /// <summary>The bound of an integer op's result from its operands' bounds (RPython's postprocess_* methods).</summary>
    private IntBound Forward(Operation op)
    {
        var kind = IntBound.OfKind(op.Kind);
        IntBound A() => BoundOf(op.Operands[0]);
        IntBound B() => BoundOf(op.Operands[1]);
        IntBound Fit(IntBound? exact) => exact is { } bound && kind.Contains(bound) ? bound : kind;
        switch (op.Opcode)
        {
            case IntAdd or LongAdd or IntSub or LongSub or IntMul or LongMul:
                return Fit(Exact(op));
            case IntDiv or LongDiv:
                return Fit(A().Div(B()));
            case IntRem or LongRem:
                return Fit(A().Rem(B()));
            case IntAnd or LongAnd:
                return Fit(A().And(B()));
            case IntOr or LongOr or IntXor or LongXor:
                return Fit(A().OrXor(B(), op.Opcode is IntOr or LongOr));
            case IntShl or LongShl:
                return Fit(A().ShiftLeft(ShiftCount(op)));
            case IntShr or LongShr:
                return A().ShiftRight(ShiftCount(op));
            case IntUshr or LongUshr:
                // A logical shift of a non-negative value is the arithmetic one; of any value by
                // at least one bit, it is non-negative and below 2^(width - count).
                var count = ShiftCount(op);
                return A().IsNonNegative ? A().ShiftRight(count)
                    : count.Lower >= 1 ? new(0, (long)((op.Kind == ValueKind.I32 ? uint.MaxValue : ulong.MaxValue) >> (int)count.Lower))
                    : kind;
            case IntNeg or LongNeg:
                return Fit(A().Neg());
            case IntNot or LongNot:
                return A().Not();
            case IntToLong or SameAs:
                return A();
            case UintToLong:
                return A().IsNonNegative ? A() : A().IsNegative ? new(A().Lower + (1L << 32), A().Upper + (1L << 32)) : new(0, uint.MaxValue);
            case LongToInt:
                return Fit(A());
            case ArrayLen or StrLen:
                return new(0, int.MaxValue);
            case StrGetItem:
                return new(char.MinValue, char.MaxValue);
            case FloatLt or FloatLe or FloatEq or FloatNe or FloatGt or FloatGe or PtrEq or PtrNe:
                return IntBound.Boolean;
        }
        if (Comparison(op.Opcode) is not null || op.Opcode is IntIsTrue or LongIsTrue or IntIsZero or LongIsZero)
        {
            return Outcome(op) is { } known ? IntBound.Exactly(known ? 1 : 0) : IntBound.Boolean;
        }
        return kind;
    }

    /// <summary>The shift count as the op uses it: C# masks it to [0, 31] or [0, 63].</summary>
    private IntBound ShiftCount(Operation op)
    {
        var masked = new IntBound(0, op.Kind == ValueKind.I32 ? 31 : 63);
        var count = BoundOf(op.Operands[1]);
        return masked.Contains(count) ? count : masked;
    }
}
