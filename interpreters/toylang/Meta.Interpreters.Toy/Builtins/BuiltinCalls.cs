using System.Globalization;
using System.Text;
using Meta.Interpreters.Toy.Interpreter;
using Meta.Interpreters.Toy.Runtime;
using Meta.Jit;

namespace Meta.Interpreters.Toy.Builtins;

/// <summary>
/// Runs builtin functions. Arguments are read from the caller's operand stack (no array per
/// call); the switch on the id folds in a trace, since a call site's builtin is promoted. Small
/// builtins are traced; those that format text, print or loop over containers are residual
/// calls ([DontLookInside]) and get their arguments as values, never the frame.
/// </summary>
public static class BuiltinCalls
{
    public static Value Call(BuiltinFunction callee, Frame frame, int argc)
    {
        var builtin = Hints.Promote(callee);
        if (argc < builtin.MinArgs || (builtin.MaxArgs >= 0 && argc > builtin.MaxArgs))
        {
            throw ArityError(builtin, argc);
        }
        var a = argc > 0 ? frame.PeekAt(argc - 1) : NilValue.Instance;
        var b = argc > 1 ? frame.PeekAt(argc - 2) : NilValue.Instance;
        var c = argc > 2 ? frame.PeekAt(argc - 3) : NilValue.Instance;
        switch (builtin.Id)
        {
            case BuiltinId.Print:
                Print(frame.Context.Output, Arguments(frame, argc));
                return NilValue.Instance;
            case BuiltinId.Len:
                return new IntValue(Length(a));
            case BuiltinId.Str:
                return new StringValue(Formatter.Str(a));
            case BuiltinId.Int:
                return ToInt(a);
            case BuiltinId.Float:
                return ToFloat(a);
            case BuiltinId.Range:
                return argc == 1
                    ? new RangeValue(0, IntArgument(builtin, a), 1)
                    : new RangeValue(IntArgument(builtin, a), IntArgument(builtin, b), argc == 3 ? Step(builtin, c) : 1);
            case BuiltinId.Append:
                ListArgument(builtin, a).Append(b);
                return NilValue.Instance;
            case BuiltinId.Pop:
                return ListArgument(builtin, a).Pop();
            case BuiltinId.Sqrt:
                return new FloatValue(Math.Sqrt(NumberArgument(builtin, a)));
            case BuiltinId.Floor:
                return a is IntValue ? a : new IntValue(FloatToInt(Math.Floor(NumberArgument(builtin, a))));
            case BuiltinId.Abs:
                return a is IntValue i
                    ? new IntValue(AbsInt(i.Value))
                    : new FloatValue(Math.Abs(NumberArgument(builtin, a)));
            case BuiltinId.Min:
                return Extreme(Arguments(frame, argc), "min", -1);
            case BuiltinId.Max:
                return Extreme(Arguments(frame, argc), "max", 1);
            case BuiltinId.Clock:
                return new FloatValue(Seconds(frame.Context));
            case BuiltinId.Keys:
                return Keys(MapArgument(builtin, a));
            case BuiltinId.Has:
                return BoolValue.Of(MapArgument(builtin, a).Has(b));
            case BuiltinId.Type:
                return new StringValue(a.TypeName);
            case BuiltinId.Fixed:
                return new StringValue(Fixed(NumberArgument(builtin, a), IntArgument(builtin, b)));
            case BuiltinId.Ord:
                return Ord(a);
            case BuiltinId.Chr:
                return Chr(IntArgument(builtin, a));
            case BuiltinId.Slice:
                return Slice(a, IntArgument(builtin, b), IntArgument(builtin, c));
            case BuiltinId.Join:
                return new StringValue(Join(ListArgument(builtin, a), StringArgument(builtin, b)));
            case BuiltinId.Error:
                throw new ToyError(Formatter.Str(a));
            default:
                throw new InvalidOperationException($"builtin {builtin.Name} has no implementation");
        }
    }

    private static long AbsInt(long value) =>
        value == long.MinValue ? throw Errors.IntegerOverflow() : Math.Abs(value);

    [DontLookInside]
    private static ToyError ArityError(BuiltinFunction builtin, int argc)
    {
        var plural = builtin.MinArgs == 1 ? "" : "s";
        var expected = builtin.MaxArgs < 0 ? $"at least {builtin.MinArgs} argument{plural}"
            : builtin.MinArgs == builtin.MaxArgs ? $"{builtin.MinArgs} argument{plural}"
            : $"{builtin.MinArgs} to {builtin.MaxArgs} arguments";
        return new ToyError($"{builtin.Name}() expects {expected}, got {argc}");
    }

    // The arguments of a variadic builtin as an array, first argument first.
    [UnrollSafe]
    private static Value[] Arguments(Frame frame, int argc)
    {
        var arguments = new Value[argc];
        for (var i = 0; i < argc; i++)
        {
            arguments[i] = frame.PeekAt(argc - 1 - i);
        }
        return arguments;
    }

    [DontLookInside]
    private static void Print(TextWriter output, Value[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0)
            {
                output.Write(' ');
            }
            output.Write(Formatter.Str(arguments[i]));
        }
        output.Write('\n');
    }

    /// <summary>What the REPL shows for a top-level expression: its repr, unless it is nil.</summary>
    [DontLookInside]
    public static void Echo(TextWriter output, Value value)
    {
        if (value != NilValue.Instance)
        {
            output.Write(Formatter.Repr(value));
            output.Write('\n');
        }
    }

    private static long Length(Value value) => value switch
    {
        StringValue s => s.Value.Length,
        ListValue l => l.Count,
        MapValue m => m.Count,
        RangeValue r => r.Length(),
        _ => throw Errors.NotSupportedBy("len", value),
    };

    [DontLookInside]
    private static Value ToInt(Value value)
    {
        switch (value)
        {
            case IntValue:
                return value;
            case FloatValue f:
                return new IntValue(FloatToInt(Math.Truncate(f.Value)));
            case StringValue s:
                if (long.TryParse(s.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                {
                    return new IntValue(parsed);
                }
                throw new ToyError($"int() cannot convert {Formatter.Repr(value)}");
            default:
                throw new ToyError($"int() cannot convert a {value.TypeName}");
        }
    }

    [DontLookInside]
    private static Value ToFloat(Value value)
    {
        switch (value)
        {
            case IntValue i:
                return new FloatValue(i.Value);
            case FloatValue:
                return value;
            case StringValue s:
                var text = s.Value.Trim();
                var special = text switch
                {
                    "nan" => double.NaN,
                    "inf" or "+inf" => double.PositiveInfinity,
                    "-inf" => double.NegativeInfinity,
                    _ => (double?)null,
                };
                if (special is { } known)
                {
                    return new FloatValue(known);
                }
                if (text.Length > 0 && char.IsAsciiDigit(text[^1])
                    && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return new FloatValue(parsed);
                }
                throw new ToyError($"float() cannot convert {Formatter.Repr(value)}");
            default:
                throw new ToyError($"float() cannot convert a {value.TypeName}");
        }
    }

    /// <summary>An integral double as an int; nan, infinities and values beyond 64 bits are errors.</summary>
    private static long FloatToInt(double integral)
    {
        // 2^63 is exactly representable; every double below it (and at or above -2^63) fits.
        if (double.IsNaN(integral) || integral >= 9223372036854775808.0 || integral < -9223372036854775808.0)
        {
            throw CannotConvert(integral);
        }
        return (long)integral;
    }

    [DontLookInside]
    private static ToyError CannotConvert(double value) => new($"cannot convert {FloatFormat.Repr(value)} to int");

    private static long Step(BuiltinFunction builtin, Value value)
    {
        var step = IntArgument(builtin, value);
        return step != 0 ? step : throw Errors.Message("range() step must not be zero");
    }

    [DontLookInside]
    private static Value Extreme(Value[] arguments, string name, int sign)
    {
        // min(list) / max(list) look at the items; otherwise at the arguments themselves.
        Value[] items;
        if (arguments.Length == 1 && arguments[0] is ListValue list)
        {
            items = new Value[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                items[i] = list.Get(i);
            }
        }
        else
        {
            items = arguments;
        }
        if (items.Length == 0)
        {
            throw new ToyError($"{name}() of an empty list");
        }
        var best = items[0];
        for (var i = 1; i < items.Length; i++)
        {
            if (Arithmetic.Compare(items[i], best, name) == sign)
            {
                best = items[i];
            }
        }
        return best;
    }

    [DontLookInside]
    private static double Seconds(Context context) => context.Clock.Elapsed.TotalSeconds;

    [DontLookInside]
    private static ListValue Keys(MapValue map)
    {
        var keys = new Value[map.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = map.KeyAt(i);
        }
        return new ListValue(keys, keys.Length);
    }

    /// <summary>The number with exactly <paramref name="digits"/> decimals, rounded (C's "%.Nf").</summary>
    [DontLookInside]
    private static string Fixed(double value, long digits)
    {
        if (digits < 0 || digits > 50)
        {
            throw new ToyError("fixed() digits must be between 0 and 50");
        }
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return FloatFormat.Repr(value);
        }
        return value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static Value Ord(Value value)
    {
        if (value is not StringValue { Value.Length: 1 } s)
        {
            throw Errors.Message("ord() expects a string of one character");
        }
        return new IntValue(s.Value[0]);
    }

    private static Value Chr(long code)
    {
        if (code < 0 || code > 0xFFFF)
        {
            throw Errors.Message("chr() code out of range 0..65535");
        }
        return new StringValue(((char)code).ToString());
    }

    /// <summary>Items or characters [start, end) of a list or string; both bounds are clamped to the length.</summary>
    [DontLookInside]
    private static Value Slice(Value value, long start, long end)
    {
        long length = value switch
        {
            StringValue s => s.Value.Length,
            ListValue l => l.Count,
            _ => throw new ToyError($"slice() of a {value.TypeName}"),
        };
        var from = (int)Math.Clamp(start, 0, length);
        var to = (int)Math.Clamp(end, from, length);
        return value is StringValue text
            ? new StringValue(text.Value[from..to])
            : ((ListValue)value).Slice(from, to);
    }

    [DontLookInside]
    private static string Join(ListValue list, string separator)
    {
        var text = new StringBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }
            text.Append(Formatter.Str(list.Get(i)));
            if (text.Length > StringValue.MaxLength)
            {
                throw Errors.StringTooLong();
            }
        }
        return text.ToString();
    }

    private static long IntArgument(BuiltinFunction builtin, Value value) =>
        value is IntValue i ? i.Value : throw Errors.WrongArgument(builtin.Name, "an int", value);

    private static double NumberArgument(BuiltinFunction builtin, Value value) =>
        Arithmetic.IsNumber(value) ? Arithmetic.ToDouble(value) : throw Errors.WrongArgument(builtin.Name, "a number", value);

    private static string StringArgument(BuiltinFunction builtin, Value value) =>
        value is StringValue s ? s.Value : throw Errors.WrongArgument(builtin.Name, "a string", value);

    private static ListValue ListArgument(BuiltinFunction builtin, Value value) =>
        value as ListValue ?? throw Errors.WrongArgument(builtin.Name, "a list", value);

    private static MapValue MapArgument(BuiltinFunction builtin, Value value) =>
        value as MapValue ?? throw Errors.WrongArgument(builtin.Name, "a map", value);
}
