using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Interpreter;

/// <summary>
/// The type-specialised fast paths of the dispatch loop's instructions. They live outside
/// <see cref="Interp.Loop"/> so the portal's only variables live across iterations are the
/// driver's greens and reds: a pattern variable such as <c>b is PyInt y</c> is unassigned on some
/// control-flow path of the compiled IL, and in the portal it would count as live at the merge
/// point (translator rule META0014). Here they are ordinary inlined code in traces.
/// </summary>
public static partial class Interp
{
    /// <summary>LOAD_METHOD: an instance's method found through the inline cache, else the generic path.</summary>
    private static void LoadMethodCached(Frame frame, PyCode code, int pc, string name)
    {
        if (frame.Top() is PyInstance self && AttributeCache.LoadMethod(code, pc, self, name) is { } method)
        {
            frame.Pop();
            frame.Push(method);
            frame.Push(self);
            return;
        }
        LoadMethod(frame, name);
    }

    /// <summary>
    /// BINARY_SUBSCR: pushes <c>obj[key]</c>; a routine miss of a dict or list is returned rather
    /// than thrown, so the loop hands it to the frame's handlers without a .NET throw.
    /// </summary>
    private static PyException? Subscript(Frame frame, PyObject obj, PyObject key)
    {
        if (obj is PyDict d && ReferenceEquals(d.Type, TypeObjects.Dict))
        {
            var v = d.Get(key);
            if (v is null)
            {
                return Errors.KeyError(key).Value;
            }
            frame.Push(v);
            return null;
        }
        if (obj is PyList l && key is PyInt index && obj is not IUserSubclass)
        {
            var i = index.Value < 0 ? index.Value + l.Count : index.Value;
            if (i < 0 || i >= l.Count)
            {
                return Errors.IndexError("list index out of range").Value;
            }
            frame.Push(l.Items[i]);
            return null;
        }
        frame.Push(Ops.GetItem(obj, key));
        return null;
    }

    /// <summary>STORE_SUBSCR: <c>obj[key] = value</c>, an in-range list index written directly.</summary>
    private static void StoreSubscript(PyObject obj, PyObject key, PyObject value)
    {
        if (obj is PyList l && key is PyInt index && (ulong)index.Value < (ulong)l.Count && obj is not IUserSubclass)
        {
            l.Items[index.Value] = value;
            return;
        }
        Ops.SetItem(obj, key, value);
    }

    /// <summary>BINARY_OP for two floats (+, -, *) and two small ints, else the generic operation.</summary>
    private static PyObject BinaryOp(Operator op, PyObject a, PyObject b)
    {
        if (a is PyFloat fa && b is PyFloat fb && op is Operator.Add or Operator.Sub or Operator.Mult && a is not PyFloatSub && b is not PyFloatSub)
        {
            var (u, v) = (fa.Value, fb.Value);
            return new PyFloat(op == Operator.Add ? u + v : op == Operator.Sub ? u - v : u * v);
        }
        return a is PyInt x && b is PyInt y && a is not PyIntSub && b is not PyIntSub ? IntOps.Binary(op, x.Value, y.Value) : Ops.Binary(op, a, b);
    }

    /// <summary>In-place +, -, * of two small ints (ints are immutable: the same as the binary form), else the generic operation.</summary>
    private static PyObject InplaceOp(Operator op, PyObject a, PyObject b) =>
        a is PyInt x && b is PyInt y && op is Operator.Add or Operator.Sub or Operator.Mult && a is not PyIntSub && b is not PyIntSub
            ? IntOps.Binary(op, x.Value, y.Value)
            : Ops.Inplace(op, a, b);

    /// <summary>COMPARE_OP of two small ints directly, else the generic rich comparison.</summary>
    private static PyObject CompareOp(CompareOperator op, PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && a is not PyIntSub && b is not PyIntSub)
        {
            var c = x.Value.CompareTo(y.Value);
            return PyBool.From(op switch
            {
                CompareOperator.Eq => c == 0,
                CompareOperator.NotEq => c != 0,
                CompareOperator.Lt => c < 0,
                CompareOperator.LtE => c <= 0,
                CompareOperator.Gt => c > 0,
                _ => c >= 0,
            });
        }
        return Ops.Compare(op, a, b);
    }

    /// <summary>YIELD_FROM: the value the delegate produced, or null when it finished (its return value replaces it on the stack).</summary>
    private static PyObject? YieldFromOp(Frame frame, PyObject sent)
    {
        var produced = YieldFromStep(frame.Top(), sent, out var result);
        if (produced is null)
        {
            frame.Pop();
            frame.Push(result!);
        }
        return produced;
    }
}
