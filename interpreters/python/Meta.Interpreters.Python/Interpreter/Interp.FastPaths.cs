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
    /// <summary>LOAD_METHOD of the popped <paramref name="obj"/>: a method found through the inline cache, else the generic path.</summary>
    private static void LoadMethodCached(Frame frame, PyCode code, int pc, string name, object obj)
    {
        if (obj is PyInstance self)
        {
            if (AttributeCache.LoadMethod(code, pc, self, name) is { } method)
            {
                frame.Push(method);
                frame.Push(self);
                return;
            }
        }
        else if (obj is not PyType && obj is not PyModule && obj is not PySuper && AttributeCache.LoadTypeMethod(code, pc, ((PyObject)obj).Type, name) is { } typeMethod)
        {
            frame.Push(typeMethod);
            frame.PushValue(obj);
            return;
        }
        LoadMethod(frame, (PyObject)obj, name);
    }

    /// <summary>
    /// LOAD_FAST followed by LOAD_ATTR or LOAD_METHOD (<c>self.x</c>, <c>self.f()</c>): the
    /// attribute instruction runs on the local directly, without pushing and popping it. The pc
    /// to continue at, or -1 when the next instruction is neither.
    /// </summary>
    private static int LoadFastAttribute(Frame frame, PyCode code, int pc, object value)
    {
        var next = (Opcode)code.Ops[pc];
        if (next == Opcode.LoadAttr && value is PyInstance inst)
        {
            frame.Pc = pc;
            return PushOrStoreFast(frame, code, pc + 1, AttributeCache.Load(code, pc, inst, code.Names[code.Args[pc]]));
        }
        if (next == Opcode.LoadMethod)
        {
            frame.Pc = pc;
            LoadMethodCached(frame, code, pc, code.Names[code.Args[pc]], value);
            return pc + 1;
        }
        return -1;
    }

    /// <summary>
    /// BINARY_SUBSCR: pushes <c>obj[key]</c>; a routine miss of a dict or list is returned rather
    /// than thrown, so the loop hands it to the frame's handlers without a .NET throw.
    /// </summary>
    private static PyException? Subscript(Frame frame, object obj, object key)
    {
        if (obj is PyDict d && ReferenceEquals(d.Type, TypeObjects.Dict))
        {
            var v = d.Get((PyObject)key);
            if (v is null)
            {
                return Errors.KeyError((PyObject)key).Value;
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
        frame.Push(Ops.GetItem((PyObject)obj, (PyObject)key));
        return null;
    }

    /// <summary>STORE_SUBSCR: <c>obj[key] = value</c>, an in-range list index written directly.</summary>
    private static void StoreSubscript(object obj, object key, PyObject value)
    {
        if (obj is PyList l && key is PyInt index && (ulong)index.Value < (ulong)l.Count && obj is not IUserSubclass)
        {
            l.Items[index.Value] = value;
            return;
        }
        Ops.SetItem((PyObject)obj, (PyObject)key, value);
    }

    /// <summary>BINARY_OP for two small ints and two floats (+, -, *, / by nonzero), else the generic operation.</summary>
    private static PyObject BinaryOp(Operator op, object a, object b)
    {
        if (a is PyInt x && b is PyInt y && a is not PyIntSub && b is not PyIntSub)
        {
            return IntOps.Binary(op, x.Value, y.Value);
        }
        if (a is PyFloat fa && b is PyFloat fb && a is not PyFloatSub && b is not PyFloatSub)
        {
            var (u, v) = (fa.Value, fb.Value);
            switch (op)
            {
                case Operator.Add:
                    return new PyFloat(u + v);
                case Operator.Sub:
                    return new PyFloat(u - v);
                case Operator.Mult:
                    return new PyFloat(u * v);
                case Operator.Div when v != 0.0:
                    return new PyFloat(u / v);
            }
        }
        return Ops.Binary(op, (PyObject)a, (PyObject)b);
    }

    /// <summary>In-place operators on ints and floats (immutable: the same as the binary form), else the generic operation.</summary>
    private static PyObject InplaceOp(Operator op, object a, object b) =>
        a is PyInt or PyFloat && a is not PyIntSub && a is not PyFloatSub ? BinaryOp(op, a, b) : Ops.Inplace(op, (PyObject)a, (PyObject)b);

    /// <summary>COMPARE_OP of two small ints directly, else the generic rich comparison.</summary>
    private static PyObject CompareOp(CompareOperator op, object a, object b)
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
        return Ops.Compare(op, (PyObject)a, (PyObject)b);
    }

    /// <summary>
    /// A test followed by POP_JUMP_IF_FALSE/TRUE branches on its bool at once instead of pushing
    /// and popping it (CPython 3.11's COMPARE_OP_*_JUMP): the pc to continue at, or -1 when the
    /// next instruction is not such a jump or the result is not a bool (its truth may run code).
    /// </summary>
    private static int FusedJump(PyCode code, int pc, PyObject result)
    {
        var next = (Opcode)code.Ops[pc];
        if (next is not (Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue) || result is not PyBool)
        {
            return -1;
        }
        var jumps = ReferenceEquals(result, PyBool.True) == (next == Opcode.PopJumpIfTrue);
        return jumps ? code.Args[pc] : pc + 1;
    }

    /// <summary>
    /// Pushes an instruction's result, or stores it straight into the local when the next
    /// instruction is STORE_FAST (a push and a pop saved): the pc to continue at.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int PushOrStoreFast(Frame frame, PyCode code, int pc, PyObject value)
    {
        if ((Opcode)code.Ops[pc] == Opcode.StoreFast)
        {
            frame.Locals[code.Args[pc]] = value;
            return pc + 1;
        }
        frame.Push(value);
        return pc;
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
