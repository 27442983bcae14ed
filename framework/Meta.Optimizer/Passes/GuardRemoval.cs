using Meta.Tracing.IR;
using static Meta.Tracing.IR.Opcode;

namespace Meta.Optimizer.Passes;

/// <summary>
/// Guard removal and strengthening (RPython's optimizeopt/rewrite.py): a guard whose condition is
/// already known to hold goes; a guard that stays teaches what it checked (class, non-null, value,
/// truth) to the rest of the trace; a guard_class or guard_value on a value an earlier
/// guard_nonnull checked takes that guard's place, with its resume data, and the earlier check
/// goes. ptr_eq and ptr_ne fold when nullness or classes decide them. A guard known to always fail
/// stays as it is: the trace exits there every time, which is correct if useless.
/// </summary>
public sealed class GuardRemoval : OptimizationPass
{
    /// <summary>The guard_nonnull emitted for a value, which a later guard_class or guard_value may strengthen.</summary>
    private readonly Dictionary<Value, Operation> _nonNullGuards = [];

    /// <summary>Values a guard_true proved non-zero (an interval cannot say x != 0 in the middle of its range).</summary>
    private readonly HashSet<Value> _nonZero = [];

    public override void Propagate(Operation op)
    {
        switch (op.Opcode)
        {
            case GuardClass:
                GuardClassOf(op, (ClassDescr)op.Descr!);
                break;
            case GuardNonnull:
                GuardNonNull(op);
                break;
            case GuardIsnull:
                GuardIsNull(op);
                break;
            case GuardValue:
                GuardValueOf(op);
                break;
            case GuardTrue or GuardFalse:
                GuardTruth(op, op.Opcode == GuardTrue);
                break;
            case PtrEq or PtrNe when SameObject(op.Operands[0], op.Operands[1]) is { } same:
                Optimizer.Replace(op, Constant.Int(same == (op.Opcode == PtrEq) ? 1 : 0));
                break;
            case New or GuardException:
                // A new object, and a caught exception, have exactly the class of the descriptor.
                EmitNext(op);
                Optimizer.Info(op).KnownClass = (ClassDescr)op.Descr!;
                Optimizer.Info(op).IsNonNull = true;
                break;
            case NewArray:
                EmitNext(op);
                Optimizer.Info(op).IsNonNull = true;
                break;
            case Label:
                ForgetAtLabel(op);
                EmitNext(op);
                break;
            default:
                EmitNext(op);
                break;
        }
    }

    private void GuardClassOf(Operation guard, ClassDescr expected)
    {
        var value = guard.Operands[0];
        var known = HasClass(value, expected);
        if (known == true)
        {
            return;
        }
        if (known == false)
        {
            EmitNext(guard);
            return;
        }
        if (Strengthen(value, previous => new Operation(GuardClass, previous.Operands, expected, previous.Resume)))
        {
            Learn(value, expected);
            return;
        }
        EmitNext(guard);
        Learn(value, expected);
    }

    private void GuardNonNull(Operation guard)
    {
        var value = guard.Operands[0];
        if (Optimizer.Info(value).IsNonNull)
        {
            return;
        }
        EmitNext(guard);
        if (IsNullConstant(value))
        {
            // Always fails: stays, and nothing is learned from it.
            return;
        }
        Optimizer.Info(value).IsNonNull = true;
        _nonNullGuards[Optimizer.Get(value)] = guard;
    }

    private void GuardIsNull(Operation guard)
    {
        var value = guard.Operands[0];
        if (IsNullConstant(value))
        {
            return;
        }
        EmitNext(guard);
        if (!Optimizer.Info(value).IsNonNull)
        {
            // As rewrite.py: after guard_isnull the value is the null constant.
            Optimizer.Replace(Optimizer.Get(value), Constant.Null);
        }
    }

    private void GuardValueOf(Operation guard)
    {
        var (value, expected) = (Optimizer.Get(guard.Operands[0]), guard.Operands[1] as Constant);
        if (expected is null || !IsExact(expected))
        {
            EmitNext(guard);
            return;
        }
        if (value is Constant constant)
        {
            // Equal: it holds. Different: it always fails and stays.
            if (!constant.Equals(expected))
            {
                EmitNext(guard);
            }
            return;
        }
        if (!CanBe(value, expected))
        {
            EmitNext(guard);
            return;
        }
        if (!(expected.Kind == ValueKind.Ref && expected.AsRef is not null &&
              Strengthen(value, previous => new Operation(GuardValue, [previous.Operands[0], expected], null, previous.Resume))))
        {
            EmitNext(guard);
        }
        // From here on the value is the constant.
        Optimizer.Replace(value, expected);
    }

    /// <summary>
    /// Whether passing guard_value makes the value that very constant. Not so for 0.0 (== lets
    /// -0.0 pass) and NaN (== never holds): such guards are left alone.
    /// </summary>
    private static bool IsExact(Constant constant) =>
        constant.Kind != ValueKind.F64 || (constant.AsFloat != 0 && !double.IsNaN(constant.AsFloat));

    private void GuardTruth(Operation guard, bool expected)
    {
        var value = guard.Operands[0];
        var bound = Optimizer.Info(value).Bound.Intersect(IntBound.Int32);
        bool? known = Optimizer.Get(value) is Constant constant ? constant.AsInt != 0
            : !bound.Contains(0) || _nonZero.Contains(Optimizer.Get(value)) ? true
            : bound == IntBound.Exactly(0) ? false
            : null;
        if (known == expected)
        {
            return;
        }
        EmitNext(guard);
        if (known is not null)
        {
            // Always fails: stays, and nothing is learned from it.
            return;
        }
        if (!expected)
        {
            Optimizer.Replace(Optimizer.Get(value), Constant.Int(0));
        }
        else if (IsBoolean(value))
        {
            Optimizer.Replace(Optimizer.Get(value), Constant.Int(1));
        }
        else
        {
            // guard_true(x) says x != 0, not x == 1, unless x is a truth value.
            _nonZero.Add(Optimizer.Get(value));
        }
    }

    /// <summary>
    /// Replaces the guard_nonnull earlier emitted for <paramref name="value"/> by a stronger guard at
    /// its place, keeping its resume data (rewrite.py's replace_guard); false when there is none to replace.
    /// </summary>
    private bool Strengthen(Value value, Func<Operation, Operation> stronger)
    {
        var current = Optimizer.Get(value);
        if (!_nonNullGuards.TryGetValue(current, out var previous) || !Optimizer.ReplaceEmitted(previous, stronger(previous)))
        {
            return false;
        }
        _nonNullGuards.Remove(current);
        return true;
    }

    private void Learn(Value value, ClassDescr known)
    {
        var info = Optimizer.Info(value);
        info.KnownClass = known;
        info.IsNonNull = true;
    }

    /// <summary>Whether the value is exactly of the class: true, false, or null when not known.</summary>
    private bool? HasClass(Value value, ClassDescr expected)
    {
        if (Optimizer.Get(value) is Constant constant)
        {
            return constant.AsRef is null ? false
                : expected.Type is not null ? constant.AsRef.GetType() == expected.Type
                : null;
        }
        return Optimizer.Info(value).KnownClass is { } known ? SameClass(known, expected) : null;
    }

    /// <summary>
    /// Two class descriptors name the same class when they are one descriptor or have one CLR type;
    /// they differ when their CLR types, or lacking those their names, differ (descriptors are
    /// made one per class). Null when that cannot be told.
    /// </summary>
    private static bool SameClass(ClassDescr a, ClassDescr b) =>
        ReferenceEquals(a, b) || (a.Type is not null && b.Type is not null ? a.Type == b.Type : a.Name == b.Name);

    /// <summary>Whether a ptr_eq of the two is known: the same value, or one null and one not, or different known classes.</summary>
    private bool? SameObject(Value a, Value b)
    {
        var (x, y) = (Optimizer.Get(a), Optimizer.Get(b));
        if (ReferenceEquals(x, y))
        {
            return true;
        }
        var (infoX, infoY) = (Optimizer.Info(x), Optimizer.Info(y));
        if ((IsNullConstant(x) && infoY.IsNonNull) || (IsNullConstant(y) && infoX.IsNonNull))
        {
            return false;
        }
        if (infoX.KnownClass is { } classX && infoY.KnownClass is { } classY && !SameClass(classX, classY))
        {
            return false;
        }
        return null;
    }

    /// <summary>False when what is known of the value rules the constant out (so guard_value always fails).</summary>
    private bool CanBe(Value value, Constant expected)
    {
        var info = Optimizer.Info(value);
        return expected.Kind switch
        {
            ValueKind.I32 => info.Bound.Contains(expected.AsInt),
            ValueKind.I64 => info.Bound.Contains(expected.AsLong),
            ValueKind.Ref => !(expected.AsRef is null && info.IsNonNull),
            _ => true,
        };
    }

    /// <summary>A truth value: a comparison's result, or an integer whose bound is [0, 1].</summary>
    private bool IsBoolean(Value value) =>
        IntBound.Boolean.Contains(Optimizer.Info(value).Bound) ||
        (Optimizer.Get(value) is Operation op &&
         op.Opcode is (>= IntLt and <= IntIsTrue) or (>= LongLt and <= LongIsTrue) or (>= FloatLt and <= FloatGe) or PtrEq or PtrNe);

    private bool IsNullConstant(Value value) => Optimizer.Get(value) is Constant { Kind: ValueKind.Ref, AsRef: null };

    /// <summary>What is known of invariant values holds in every iteration; a guard in the body may still strengthen one in the preamble.</summary>
    public override void EnterLoopBody(Func<Value, bool> isInvariant)
    {
        foreach (var value in _nonNullGuards.Keys.Where(value => !isInvariant(value)).ToList())
        {
            _nonNullGuards.Remove(value);
        }
        _nonZero.RemoveWhere(value => !isInvariant(value));
    }

    /// <summary>After a label its arguments are the values of any iteration: what was learned of them before no longer holds.</summary>
    private void ForgetAtLabel(Operation label)
    {
        _nonNullGuards.Clear();
        _nonZero.Clear();
        foreach (var argument in label.Operands)
        {
            if (argument is not Constant && argument.Kind == ValueKind.Ref)
            {
                var info = Optimizer.Info(argument);
                info.KnownClass = null;
                info.IsNonNull = false;
            }
        }
    }
}
