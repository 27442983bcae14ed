using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Optimizer.Passes;

/// <summary>
/// Constant folding, algebraic identities and common-subexpression elimination of pure
/// operations and elidable calls (RPython's optimizeopt/pure.py and the folding of its
/// optimizer core). An _ovf op that is folded or found again takes its guard_no_overflow along,
/// and an elidable call found again its guard_no_exception (the first call did not raise).
/// Reads of immutable fields and arrays count as pure, as RPython's getfield_gc_pure: the same
/// read is done once, and in a peeled loop a read on an invariant object moves out of the loop.
/// A write to such a field (a constructor's) forgets the reads of that field.
/// </summary>
public sealed class PureOperations : OptimizationPass
{
    private readonly Dictionary<PureKey, Value> _seen = [];
    private bool _dropNextOverflowGuard;
    private bool _dropNextExceptionGuard;

    public override void Propagate(Operation op)
    {
        if (_dropNextExceptionGuard && op.Opcode == Opcode.GuardNoException)
        {
            _dropNextExceptionGuard = false;
            return;
        }
        _dropNextExceptionGuard = false;
        if (_dropNextOverflowGuard && op.Opcode is Opcode.GuardNoOverflow or Opcode.GuardOverflow)
        {
            _dropNextOverflowGuard = false;
            if (op.Opcode == Opcode.GuardOverflow)
            {
                // The op is known not to overflow, so this guard always fails: keep the exit.
                EmitNext(new Operation(Opcode.GuardTrue, [Constant.Int(0)], null, op.Resume));
            }
            return;
        }
        _dropNextOverflowGuard = false;
        if (op.Opcode == Opcode.Label && !Optimizer.IsLoopHeader(op))
        {
            // Only the label's arguments are visible after it: what was computed from others is gone.
            var visible = op.Operands.ToHashSet();
            KeepOnly(value => value is Constant || visible.Contains(value));
        }
        if (op.Opcode is Opcode.SetField or Opcode.SetArrayItem && IsImmutableMemory(op.Descr))
        {
            ForgetReadsOf(op.Descr!);
        }
        if (!IsRemovable(op))
        {
            EmitNext(op);
            return;
        }
        var replacement = Fold(op) ?? Identity(op) ?? _seen.GetValueOrDefault(new PureKey(op));
        if (replacement is not null)
        {
            Optimizer.Replace(op, replacement);
            _dropNextOverflowGuard = op.Info.IsOverflow;
            _dropNextExceptionGuard = op.Descr is CallDescr;
            return;
        }
        _seen[new PureKey(op)] = op;
        EmitNext(op);
    }

    /// <summary>Only computations on loop-invariant values are found again in the loop body: that is the code motion.</summary>
    public override void EnterLoopBody(Func<Value, bool> isInvariant)
    {
        _dropNextOverflowGuard = false;
        _dropNextExceptionGuard = false;
        KeepOnly(isInvariant);
    }

    /// <summary>Forgets every computation whose operands or result are not all kept.</summary>
    private void KeepOnly(Func<Value, bool> kept)
    {
        foreach (var (key, value) in _seen.ToList())
        {
            if (!kept(value) || !key.Operands.All(kept))
            {
                _seen.Remove(key);
            }
        }
    }

    private void ForgetReadsOf(Descr descr)
    {
        foreach (var key in _seen.Keys.Where(key => ReferenceEquals(key.Descr, descr)).ToList())
        {
            _seen.Remove(key);
        }
    }

    private static bool IsImmutableMemory(Descr? descr) => descr is FieldDescr { IsImmutable: true } or ArrayDescr { ElementsImmutable: true };

    /// <summary>Pure ops, elidable calls, immutable reads, and _ovf ops (whose guard says they did not overflow).</summary>
    private static bool IsRemovable(Operation op) =>
        op.Info.IsPure || op.Info.IsOverflow ||
        (op.Opcode is Opcode.GetField or Opcode.GetArrayItem && IsImmutableMemory(op.Descr)) ||
        (op.Opcode is Opcode.Call or Opcode.CallPure && op.Descr is CallDescr { Effects.Elidable: true });

    private static Constant? Fold(Operation op)
    {
        if (op.Descr is CallDescr || op.Operands.Count == 0 || !op.Operands.All(operand => operand is Constant))
        {
            return null;
        }
        if (op.Opcode == Opcode.GetField)
        {
            return ReadImmutableField(op);
        }
        return PureSemantics.Fold(op.Opcode, op.Operands.Cast<Constant>().ToList());
    }

    /// <summary>
    /// An immutable field of a constant object is a constant (RPython's optimizer folds
    /// getfield_gc_pure on a constant likewise): the object became constant after recording,
    /// e.g. read from a frame slot that held a constant.
    /// </summary>
    private static Constant? ReadImmutableField(Operation op) =>
        op.Descr is FieldDescr { IsImmutable: true, IsStatic: false, Field: { } field } && op.Operands[0] is Constant { AsRef: { } target }
            && field.DeclaringType!.IsInstanceOfType(target)
            ? ClrValues.FromClr(field.GetValue(target), field.FieldType).ToConstant()
            : null;

    /// <summary>x + 0, x * 1, x - x, x == x and their kin, for integers (not floats: NaN, -0.0).</summary>
    private static Value? Identity(Operation op)
    {
        if (op.Operands.Count == 1)
        {
            return op.Opcode == Opcode.SameAs ? op.Operands[0] : null;
        }
        if (op.Operands.Count != 2 || op.Descr is not null)
        {
            return null;
        }
        var (a, b) = (op.Operands[0], op.Operands[1]);
        var zero = op.Kind == ValueKind.I64 ? Constant.Long(0) : Constant.Int(0);
        bool Is(Value value, long number) => value is Constant c &&
            (c.Kind == ValueKind.I32 ? c.AsInt == number : c.Kind == ValueKind.I64 && c.AsLong == number);
        return op.Opcode switch
        {
            Opcode.IntAdd or Opcode.LongAdd or Opcode.IntAddOvf or Opcode.LongAddOvf or
            Opcode.IntOr or Opcode.LongOr or Opcode.IntXor or Opcode.LongXor when Is(b, 0) => a,
            Opcode.IntAdd or Opcode.LongAdd or Opcode.IntAddOvf or Opcode.LongAddOvf or
            Opcode.IntOr or Opcode.LongOr or Opcode.IntXor or Opcode.LongXor when Is(a, 0) => b,
            Opcode.IntSub or Opcode.LongSub or Opcode.IntSubOvf or Opcode.LongSubOvf or
            Opcode.IntShl or Opcode.LongShl or Opcode.IntShr or Opcode.LongShr or
            Opcode.IntUshr or Opcode.LongUshr when Is(b, 0) => a,
            Opcode.IntSub or Opcode.LongSub or Opcode.IntSubOvf or Opcode.LongSubOvf or
            Opcode.IntXor or Opcode.LongXor when ReferenceEquals(a, b) => zero,
            Opcode.IntMul or Opcode.LongMul or Opcode.IntMulOvf or Opcode.LongMulOvf when Is(b, 1) => a,
            Opcode.IntMul or Opcode.LongMul or Opcode.IntMulOvf or Opcode.LongMulOvf when Is(a, 1) => b,
            Opcode.IntMul or Opcode.LongMul or Opcode.IntMulOvf or Opcode.LongMulOvf or
            Opcode.IntAnd or Opcode.LongAnd when Is(a, 0) || Is(b, 0) => zero,
            Opcode.IntAnd or Opcode.LongAnd or Opcode.IntOr or Opcode.LongOr when ReferenceEquals(a, b) => a,
            Opcode.IntEq or Opcode.LongEq or Opcode.IntLe or Opcode.LongLe or Opcode.IntGe or Opcode.LongGe or
            Opcode.UintLe or Opcode.UlongLe or Opcode.UintGe or Opcode.UlongGe or Opcode.PtrEq when ReferenceEquals(a, b) => Constant.Int(1),
            Opcode.IntNe or Opcode.LongNe or Opcode.IntLt or Opcode.LongLt or Opcode.IntGt or Opcode.LongGt or
            Opcode.UintLt or Opcode.UlongLt or Opcode.UintGt or Opcode.UlongGt or Opcode.PtrNe when ReferenceEquals(a, b) => Constant.Int(0),
            _ => null,
        };
    }

    /// <summary>An operation up to the identity of its result: opcode, descriptor, operands.</summary>
    private readonly struct PureKey(Operation op) : IEquatable<PureKey>
    {
        private readonly Operation _op = op;

        public IReadOnlyList<Value> Operands => _op.Operands;

        public Descr? Descr => _op.Descr;

        public bool Equals(PureKey other) =>
            _op.Opcode == other._op.Opcode && ReferenceEquals(_op.Descr, other._op.Descr) &&
            _op.Operands.SequenceEqual(other._op.Operands, OperandComparer.Instance);

        public override bool Equals(object? obj) => obj is PureKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_op.Opcode);
            hash.Add(_op.Descr);
            foreach (var operand in _op.Operands)
            {
                hash.Add(OperandComparer.Instance.GetHashCode(operand));
            }
            return hash.ToHashCode();
        }
    }

    /// <summary>Constants by value, everything else by identity.</summary>
    private sealed class OperandComparer : IEqualityComparer<Value>
    {
        public static readonly OperandComparer Instance = new();

        public bool Equals(Value? x, Value? y) => x is Constant cx ? cx.Equals(y) : ReferenceEquals(x, y);

        public int GetHashCode(Value value) => value is Constant constant ? constant.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value);
    }
}
