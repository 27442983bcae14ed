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
        shape.Values(exit.Values);
        return shape.WithHeap(exit, inputs);
    }

    /// <summary>
    /// The interpreter state a run leaves: for a failed guard the frames it resumes (virtuals
    /// allocated, delayed writes done), for a finish its values; then the inputs' heap. Exits of
    /// differently optimized traces of one loop compare equal when they leave the same state.
    /// </summary>
    public static string OfInterpreterState(ExitResult exit, IEnumerable<TraceValue> inputs)
    {
        var shape = new HeapShape();
        if (exit.Guard is { } guard)
        {
            foreach (var frame in Tracing.Runtime.Materializer.Resume(guard.Resume!, exit.Values))
            {
                shape._text.Append(frame.Method).Append('@').Append(frame.ILOffset).Append(" locals: ");
                shape.Values(frame.Locals.Concat(frame.Stack).Select(slot => slot ?? TraceValue.Ref("dead")));
                shape._text.Append('\n');
            }
        }
        else
        {
            shape._text.Append(exit.Kind).Append(" values: ");
            shape.Values(exit.Values);
        }
        return shape.WithHeap(exit, inputs);
    }

    /// <summary>The inputs' object graphs after the run, the pending exception and the allocation counter.</summary>
    private string WithHeap(ExitResult exit, IEnumerable<TraceValue> inputs)
    {
        _text.Append("\ninputs after: ");
        Values(inputs);
        _text.Append("\npending: ");
        Object(exit.PendingException);
        _text.Append("\nBox.Counter: ").Append(Box.Counter);
        return _text.ToString();
    }

    private void Values(IEnumerable<TraceValue> values)
    {
        foreach (var value in values)
        {
            Value(value);
            _text.Append(", ");
        }
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
