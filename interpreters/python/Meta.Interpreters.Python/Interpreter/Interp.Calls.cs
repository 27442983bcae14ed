using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Objects;
using Meta.Jit;

namespace Meta.Interpreters.Python.Interpreter;

public static partial class Interp
{
    /// <summary>LOAD_METHOD: pushes [function, self] when a plain method can be called without a bound-method object, else [null, attribute].</summary>
    private static void LoadMethod(Frame frame, PyObject obj, string name)
    {
        if (obj is not PyType && obj is not PyModule && obj is not PySuper)
        {
            var typeAttr = obj.Type.Lookup(name);
            if ((typeAttr is PyFunction && (obj is not PyInstance inst || inst.GetAttribute(name) is null))
                || typeAttr is PyBuiltinFunction { IsMethod: true })
            {
                frame.Push(typeAttr);
                frame.Push(obj);
                return;
            }
        }
        frame.Stack[frame.Sp++] = null;
        frame.Push(Ops.GetAttr(obj, name));
    }

    [UnrollSafe]
    private static PyObject? CallMethodOp(Frame frame, int argc)
    {
        var baseIndex = frame.Sp - argc - 2;
        var method = (PyObject?)frame.Stack[baseIndex];
        PyObject? result;
        if (method is null)
        {
            var callable = (PyObject)frame.Stack[baseIndex + 1]!;
            result = CallFromStack(frame, callable, baseIndex + 2, argc);
        }
        else
        {
            result = CallFromStack(frame, method, baseIndex + 1, argc + 1);
        }
        for (var i = frame.Sp - 1; i >= baseIndex; i--)
        {
            frame.Stack[i] = null;
        }
        frame.Sp = baseIndex;
        return result;
    }

    [UnrollSafe]
    private static PyObject? CallFunctionOp(Frame frame, int argc)
    {
        var baseIndex = frame.Sp - argc - 1;
        var result = CallFromStack(frame, (PyObject)frame.Stack[baseIndex]!, baseIndex + 1, argc);
        for (var i = frame.Sp - 1; i >= baseIndex; i--)
        {
            frame.Stack[i] = null;
        }
        frame.Sp = baseIndex;
        return result;
    }

    private static PyObject? CallFromStack(Frame frame, PyObject callable, int start, int count)
    {
        if (callable is PyFunction f && IsSimple(f.Code) && count == f.Code.ArgCount)
        {
            var callee = new Frame(f.Code, f.Globals);
            Array.Copy(frame.Stack, start, callee.Locals, 0, count);
            return EnterNoThrow(f, callee);
        }
        var args = new PyObject[count];
        for (var i = 0; i < count; i++)
        {
            args[i] = (PyObject)frame.Stack[start + i]!;
        }
        if (callable is PyBuiltinFunction { BoundSelf: null } b)
        {
            return b.Invoke(args, null);
        }
        return Ops.Call(callable, args);
    }

    private static bool IsSimple(PyCode code) => !code.HasVarArgs && !code.HasVarKeywords && code.KwOnlyArgCount == 0;

    /// <summary>Calls a Python function: binds the arguments into a new frame (CPython's initialize_locals) and runs it.</summary>
    public static PyObject CallFunction(PyFunction f, PyObject[] args, PyDict? kwargs)
    {
        var code = f.Code;
        var frame = new Frame(code, f.Globals);
        if (kwargs is null && IsSimple(code) && args.Length == code.ArgCount)
        {
            Array.Copy(args, frame.Locals, args.Length);
        }
        else
        {
            ArgumentBinder.Bind(f, frame.Locals, args, kwargs);
        }
        return Enter(f, frame);
    }

    private static PyObject Enter(PyFunction f, Frame frame)
    {
        var code = f.Code;
        if (code.NCells > 0)
        {
            var ncell = code.CellVars.Length;
            for (var i = 0; i < ncell; i++)
            {
                var argIndex = code.CellArgs[i];
                frame.Cells[i] = new PyCell { Value = argIndex >= 0 ? (PyObject?)frame.Locals[argIndex] : null };
            }
            for (var i = 0; i < code.FreeVars.Length; i++)
            {
                frame.Cells[ncell + i] = f.Closure[i];
            }
        }
        if (code.IsGenerator || code.IsCoroutine)
        {
            return new PyGenerator(frame, f.Name, f.QualName) { Kind = Modules.Coroutines.KindOf(code) };
        }
        return Execute(frame);
    }

    /// <summary>As <see cref="Enter"/>, but an exception comes back as null with <see cref="PyThreadState.Pending"/> set.</summary>
    private static PyObject? EnterNoThrow(PyFunction f, Frame frame)
    {
        if (f.Code.NCells > 0 || f.Code.IsGenerator || f.Code.IsCoroutine)
        {
            return Enter(f, frame);
        }
        return Run(frame);
    }

    [DontLookInside]
    private static PyObject MakeFunction(Frame frame, int flags)
    {
        var qualName = ((PyStr)frame.Pop()).Value;
        var code = (PyCode)frame.Pop();
        var closure = (flags & MakeFunctionFlags.Closure) != 0 ? (PyTuple)frame.Pop() : null;
        var kwDefaults = (flags & MakeFunctionFlags.KwDefaults) != 0 ? (PyDict)frame.Pop() : null;
        var defaults = (flags & MakeFunctionFlags.Defaults) != 0 ? (PyTuple)frame.Pop() : null;
        var f = new PyFunction(code, frame.Globals, qualName);
        if (defaults is not null)
        {
            f.Defaults = defaults.Items;
        }
        f.KwDefaults = kwDefaults;
        if (closure is not null)
        {
            f.Closure = closure.Items.Select(c => (PyCell)c).ToArray();
        }
        if (code.Consts.Length > 0 && code.Consts[0] is PyStr doc && !code.UsesNameDict)
        {
            f.Doc = doc;
        }
        return f;
    }

    [DontLookInside]
    private static void UnpackSequence(Frame frame, PyObject seq, int n)
    {
        PyObject[] items;
        var count = 0;
        switch (seq)
        {
            case PyTuple t:
                items = t.Items;
                count = items.Length;
                break;
            case PyList l:
                items = l.Items;
                count = l.Count;
                break;
            default:
                var it = Ops.GetIter(seq);
                items = new PyObject[n];
                while (Ops.Next(it) is { } x)
                {
                    if (count >= n)
                    {
                        throw Errors.ValueError($"too many values to unpack (expected {n})");
                    }
                    items[count++] = x;
                }
                break;
        }
        if (count != n)
        {
            throw count > n
                ? Errors.ValueError($"too many values to unpack (expected {n})")
                : Errors.ValueError($"not enough values to unpack (expected {n}, got {count})");
        }
        for (var i = n - 1; i >= 0; i--)
        {
            frame.Push(items[i]);
        }
    }

    [DontLookInside]
    private static void UnpackEx(Frame frame, PyObject seq, int before, int after)
    {
        var items = Builtins.Conversions.ToArray(seq);
        if (items.Length < before + after)
        {
            throw Errors.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Length})");
        }
        for (var i = items.Length - 1; i >= items.Length - after; i--)
        {
            frame.Push(items[i]);
        }
        frame.Push(new PyList(items[before..(items.Length - after)]));
        for (var i = before - 1; i >= 0; i--)
        {
            frame.Push(items[i]);
        }
    }

    /// <summary>One step of `yield from`: the value the delegate produced, or null with its return value in <paramref name="result"/>.</summary>
    [DontLookInside]
    private static PyObject? YieldFromStep(PyObject delegateIter, PyObject sent, out PyObject? result)
    {
        result = null;
        if (delegateIter is PyGenerator g)
        {
            var v = g.Send(sent, out var finished);
            if (finished)
            {
                result = v;
                return null;
            }
            return v;
        }
        if (sent is PyNone)
        {
            var v = Ops.Next(delegateIter);
            if (v is null)
            {
                result = PyNone.Instance;
            }
            return v;
        }
        try
        {
            return Ops.Call(Ops.GetAttr(delegateIter, "send"), [sent]);
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            result = e.Value.Args.Items.Length > 0 ? e.Value.Args.Items[0] : PyNone.Instance;
            return null;
        }
    }

    [DontLookInside]
    public static bool ExceptionMatches(PyObject exc, PyObject type)
    {
        if (type is PyTuple t)
        {
            foreach (var x in t.Items)
            {
                if (ExceptionMatches(exc, x))
                {
                    return true;
                }
            }
            return false;
        }
        if (type is not PyType pt || !pt.IsException)
        {
            throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.Type.IsSubtypeOf(pt);
    }

    [DontLookInside]
    private static PyException DoRaise(Frame frame, int argc)
    {
        if (argc == 0)
        {
            return PyThreadState.Handled ?? Errors.RuntimeError("No active exception to reraise").Value;
        }
        PyObject? cause = argc == 2 ? frame.Pop() : null;
        var exc = MakeException(frame.Pop());
        if (cause is not null)
        {
            exc.Cause = cause is PyNone ? null : cause is PyException or PyType { IsException: true } ? MakeException(cause) : throw Errors.TypeError("exception causes must derive from BaseException");
            exc.SuppressContext = true;
        }
        exc.LastFrame = null;
        return exc;
    }

    public static PyException MakeException(PyObject value)
    {
        if (value is PyException e)
        {
            return e;
        }
        if (value is PyType t && t.IsException)
        {
            return Ops.Call(t, []) as PyException ?? throw Errors.TypeError("exceptions must derive from BaseException");
        }
        throw Errors.TypeError("exceptions must derive from BaseException");
    }
}
