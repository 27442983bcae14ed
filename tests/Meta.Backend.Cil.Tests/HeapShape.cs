using System.Globalization;
using System.Reflection;
using System.Text;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;

namespace Meta.Backend.Cil.Tests;

/// <summary>
/// A canonical text of object graphs: objects are numbered in the order first reached, so two
/// runs on separate but equal heaps give the same text exactly when their results are equal up
/// to object identity (aliasing included).
/// </summary>
public sealed class HeapShape
{
    private readonly Dictionary<object, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly StringBuilder _text = new();

    public static string Of(ExitResult exit, IEnumerable<TraceValue> inputs)
    {
        var shape = new HeapShape();
        shape._text.Append(exit.Kind).Append(" #").Append(exit.GuardIndex).Append(" values: ");
        foreach (var value in exit.Values)
        {
            shape.Value(value);
            shape._text.Append(", ");
        }
        shape._text.Append("\ninputs after: ");
        foreach (var value in inputs)
        {
            shape.Value(value);
            shape._text.Append(", ");
        }
        shape._text.Append("\npending: ");
        shape.Object(exit.PendingException);
        shape._text.Append("\nBox.Counter: ").Append(Box.Counter);
        return shape._text.ToString();
    }

    private void Value(TraceValue value)
    {
        if (value.Kind == ValueKind.Ref)
        {
            Object(value.AsRef);
        }
        else
        {
            _text.Append(value.Kind.TextName()).Append(' ').Append(value.Kind == ValueKind.F64 ? Float(value.AsFloat) : value.ToString());
        }
    }

    private static string Float(double value) =>
        double.IsNaN(value) ? "nan" : BitConverter.DoubleToInt64Bits(value).ToString("x", CultureInfo.InvariantCulture);

    private void Object(object? value)
    {
        switch (value)
        {
            case null:
                _text.Append("null");
                return;
            case string text:
                _text.Append('"').Append(text).Append('"');
                return;
            case NamedObject named:
                _text.Append(named);
                return;
            case Exception exception:
                _text.Append(exception.GetType().Name).Append('(').Append(exception.Message).Append(')');
                return;
            case double d:
                _text.Append(Float(d));
                return;
            case float f:
                _text.Append(Float(f));
                return;
            case IFormattable or bool:
                _text.Append(value.GetType().Name).Append(' ').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
        if (_ids.TryGetValue(value, out var id))
        {
            _text.Append('#').Append(id);
            return;
        }
        _ids.Add(value, _ids.Count);
        _text.Append('#').Append(_ids.Count - 1).Append(':').Append(value.GetType().Name);
        if (value is Array array)
        {
            _text.Append('[');
            foreach (var element in array)
            {
                Object(element);
                _text.Append(", ");
            }
            _text.Append(']');
            return;
        }
        _text.Append('{');
        var fields = value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).OrderBy(field => field.Name, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            _text.Append(field.Name).Append('=');
            Object(field.GetValue(value));
            _text.Append(", ");
        }
        _text.Append('}');
    }
}
