using System.Globalization;
using System.Text;
using Meta.Jit;

namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// Values as text: <see cref="Str"/> is what print and str() show (a string as itself),
/// <see cref="Repr"/> what a container shows for its items (a string quoted). String formatting
/// is large and never worth tracing: residual calls.
/// </summary>
public static class Formatter
{
    /// <summary>Containers nested deeper than this do not print (a runtime error instead of exhausting the stack).</summary>
    public const int MaxDepth = 1000;

    [DontLookInside]
    public static string Str(Value value) => value is StringValue s ? s.Value : Repr(value);

    [DontLookInside]
    public static string Repr(Value value)
    {
        var text = new StringBuilder();
        Append(text, value, []);
        return text.ToString();
    }

    // Containers being printed are on `open`: one that contains itself prints as [...] or {...}.
    private static void Append(StringBuilder text, Value value, List<Value> open)
    {
        if (text.Length > StringValue.MaxLength)
        {
            throw Errors.StringTooLong();
        }
        switch (value)
        {
            case IntValue i:
                text.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case FloatValue f:
                text.Append(FloatFormat.Repr(f.Value));
                break;
            case StringValue s:
                AppendQuoted(text, s.Value);
                break;
            case BoolValue b:
                text.Append(b.Value ? "true" : "false");
                break;
            case NilValue:
                text.Append("nil");
                break;
            case ListValue list:
                if (Enter(text, list, open, "[...]"))
                {
                    text.Append('[');
                    for (var i = 0; i < list.Count; i++)
                    {
                        text.Append(i > 0 ? ", " : "");
                        Append(text, list.Get(i), open);
                    }
                    text.Append(']');
                    open.RemoveAt(open.Count - 1);
                }
                break;
            case MapValue map:
                if (Enter(text, map, open, "{...}"))
                {
                    text.Append('{');
                    for (var i = 0; i < map.Count; i++)
                    {
                        text.Append(i > 0 ? ", " : "");
                        Append(text, map.KeyAt(i), open);
                        text.Append(": ");
                        Append(text, map.ValueAt(i), open);
                    }
                    text.Append('}');
                    open.RemoveAt(open.Count - 1);
                }
                break;
            case RecordValue record:
                if (Enter(text, record, open, record.Type.Name + "(...)"))
                {
                    text.Append(record.Type.Name).Append('(');
                    for (var i = 0; i < record.Type.Fields.Length; i++)
                    {
                        text.Append(i > 0 ? ", " : "").Append(record.Type.Fields[i]).Append('=');
                        Append(text, record.FieldAt(i), open);
                    }
                    text.Append(')');
                    open.RemoveAt(open.Count - 1);
                }
                break;
            case RecordType type:
                text.Append("<record ").Append(type.Name).Append('>');
                break;
            case FunctionValue function:
                text.Append("<fun ").Append(function.Code.Name).Append('>');
                break;
            case Builtins.BuiltinFunction builtin:
                text.Append("<builtin ").Append(builtin.Name).Append('>');
                break;
            case RangeValue range:
                text.Append("range(").Append(range.Start).Append(", ").Append(range.Stop).Append(", ").Append(range.Step).Append(')');
                break;
            default:
                text.Append('<').Append(value.TypeName).Append('>');
                break;
        }
    }

    private static bool Enter(StringBuilder text, Value container, List<Value> open, string cycle)
    {
        foreach (var outer in open)
        {
            if (outer == container)
            {
                text.Append(cycle);
                return false;
            }
        }
        if (open.Count >= MaxDepth)
        {
            throw new ToyError($"value nested more than {MaxDepth} deep cannot be printed");
        }
        open.Add(container);
        return true;
    }

    private static void AppendQuoted(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }
        text.Append('"');
    }
}
