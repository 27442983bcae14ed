using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Interpreter;

/// <summary>
/// The arithmetic and comparison operators. Ints are checked: a result that does not fit in 64
/// bits raises "integer overflow" (the tracer turns checked IL arithmetic into *_ovf operations
/// and guard_no_overflow). An int meeting a float becomes a float.
/// </summary>
public static class Arithmetic
{
    public static Value Add(Value a, Value b)
    {
        if (a is IntValue x && b is IntValue y)
        {
            return new IntValue(AddInts(x.Value, y.Value));
        }
        if (a is StringValue s && b is StringValue t)
        {
            if (s.Value.Length > StringValue.MaxLength - t.Value.Length)
            {
                throw Errors.StringTooLong();
            }
            return new StringValue(string.Concat(s.Value, t.Value));
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new FloatValue(ToDouble(a) + ToDouble(b));
        }
        throw Unsupported("+", a, b);
    }

    public static Value Subtract(Value a, Value b)
    {
        if (a is IntValue x && b is IntValue y)
        {
            return new IntValue(SubtractInts(x.Value, y.Value));
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new FloatValue(ToDouble(a) - ToDouble(b));
        }
        throw Unsupported("-", a, b);
    }

    public static Value Multiply(Value a, Value b)
    {
        if (a is IntValue x && b is IntValue y)
        {
            return new IntValue(MultiplyInts(x.Value, y.Value));
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new FloatValue(ToDouble(a) * ToDouble(b));
        }
        throw Unsupported("*", a, b);
    }

    /// <summary>Int / int truncates toward zero (as in C); any float makes it IEEE division (x / 0.0 is inf or nan).</summary>
    public static Value Divide(Value a, Value b)
    {
        if (a is IntValue x && b is IntValue y)
        {
            if (y.Value == 0)
            {
                throw Errors.DivisionByZero();
            }
            if (y.Value == -1 && x.Value == long.MinValue)
            {
                throw Errors.IntegerOverflow();
            }
            return new IntValue(x.Value / y.Value);
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new FloatValue(ToDouble(a) / ToDouble(b));
        }
        throw Unsupported("/", a, b);
    }

    /// <summary>The remainder of truncating division: its sign is the left operand's (as in C).</summary>
    public static Value Modulo(Value a, Value b)
    {
        if (a is IntValue x && b is IntValue y)
        {
            if (y.Value == 0)
            {
                throw Errors.DivisionByZero();
            }
            // long.MinValue % -1 traps in .NET although the remainder is 0.
            return new IntValue(y.Value == -1 ? 0 : x.Value % y.Value);
        }
        if (IsNumber(a) && IsNumber(b))
        {
            return new FloatValue(ToDouble(a) % ToDouble(b));
        }
        throw Unsupported("%", a, b);
    }

    public static Value Negate(Value a)
    {
        if (a is IntValue x)
        {
            return new IntValue(SubtractInts(0, x.Value));
        }
        if (a is FloatValue f)
        {
            return new FloatValue(-f.Value);
        }
        throw Errors.BadOperand("-", a);
    }

    /// <summary>Numbers by value, strings by their UTF-16 code units; other kinds do not compare.</summary>
    public static int Compare(Value a, Value b, string op)
    {
        if (a is IntValue x && b is IntValue y)
        {
            // Comparisons rather than long.CompareTo, a library call the JIT would leave in the trace.
            return x.Value < y.Value ? -1 : x.Value > y.Value ? 1 : 0;
        }
        if (IsNumber(a) && IsNumber(b))
        {
            var p = ToDouble(a);
            var q = ToDouble(b);
            // Any comparison with nan is false: report "unordered" as a value no test accepts.
            return p < q ? -1 : p > q ? 1 : p == q ? 0 : int.MinValue;
        }
        if (a is StringValue s && b is StringValue t)
        {
            return Math.Sign(string.CompareOrdinal(s.Value, t.Value));
        }
        throw Unsupported(op, a, b);
    }

    public static Value Less(Value a, Value b) => BoolValue.Of(Compare(a, b, "<") is -1);

    public static Value LessEqual(Value a, Value b) => BoolValue.Of(Compare(a, b, "<=") is -1 or 0);

    public static Value Greater(Value a, Value b) => BoolValue.Of(Compare(a, b, ">") is 1);

    public static Value GreaterEqual(Value a, Value b) => BoolValue.Of(Compare(a, b, ">=") is 1 or 0);

    public static long AddInts(long a, long b)
    {
        try
        {
            return checked(a + b);
        }
        catch (OverflowException)
        {
            throw Errors.IntegerOverflow();
        }
    }

    public static long SubtractInts(long a, long b)
    {
        try
        {
            return checked(a - b);
        }
        catch (OverflowException)
        {
            throw Errors.IntegerOverflow();
        }
    }

    public static long MultiplyInts(long a, long b)
    {
        try
        {
            return checked(a * b);
        }
        catch (OverflowException)
        {
            throw Errors.IntegerOverflow();
        }
    }

    public static bool IsNumber(Value value) => value is IntValue or FloatValue;

    public static double ToDouble(Value value) => value is IntValue i ? i.Value : ((FloatValue)value).Value;

    private static ToyError Unsupported(string op, Value a, Value b) => Errors.UnsupportedOperands(op, a, b);
}
