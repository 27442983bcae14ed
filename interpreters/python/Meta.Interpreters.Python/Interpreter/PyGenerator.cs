using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Interpreter;

/// <summary>
/// A generator: a suspended frame. Resuming re-enters the dispatch loop at the saved pc with the
/// sent value pushed (CPython's gen_send_ex); the frame's value and block stacks survive across
/// yields because they live in the frame, not in C# locals.
/// </summary>
public sealed class PyGenerator(Frame frame, string name, string qualName) : PyIterator
{
    private bool _started;
    private bool _running;

    public readonly string Name = name;
    public readonly string QualName = qualName;

    public bool Finished { get; private set; }

    /// <summary>generator, coroutine or async_generator (Modules/Coroutines.cs).</summary>
    public PyType? Kind;

    public override PyType Type => Kind ?? TypeObjects.Generator;

    public override PyObject? Next()
    {
        var v = Send(PyNone.Instance, out var finished);
        return finished ? null : v;
    }

    /// <summary>Resumes with <paramref name="value"/>; when the generator returns, <paramref name="finished"/> is set and the return value comes back.</summary>
    public PyObject Send(PyObject value, out bool finished) => Resume(value, null, out finished);

    public PyObject Resume(PyObject value, PyException? toThrow, out bool finished)
    {
        if (Finished)
        {
            if (toThrow is not null)
            {
                throw toThrow.ToError();
            }
            finished = true;
            return PyNone.Instance;
        }
        if (_running)
        {
            throw Errors.New(TypeObjects.ValueError, "generator already executing");
        }
        if (!_started && value is not PyNone && toThrow is null)
        {
            throw Errors.TypeError("can't send non-None value to a just-started generator");
        }
        var resumeDelegated = false;
        if (toThrow is not null && _started && frame.Code.Ops[frame.Pc] == (int)Compiler.Opcode.YieldFrom && frame.Top() is PyGenerator sub)
        {
            // throw() into `yield from` goes to the delegate first (PEP 380); only what it
            // raises comes back into this frame.
            try
            {
                var r = sub.Resume(PyNone.Instance, toThrow, out var subFinished);
                if (!subFinished)
                {
                    finished = false;
                    return r;
                }
                frame.Pop();
                frame.Push(r);
                frame.Pc++;
                toThrow = null;
                resumeDelegated = true;
            }
            catch (PyError e)
            {
                toThrow = e.Value;
            }
        }
        if (_started && !resumeDelegated)
        {
            frame.Push(value);
        }
        _started = true;
        _running = true;
        try
        {
            var result = toThrow is null ? Interp.Execute(frame) : Interp.ExecuteThrowing(frame, toThrow);
            finished = !frame.Yielded;
            Finished = finished;
            return result;
        }
        catch (PyError e)
        {
            Finished = true;
            if (e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
            {
                var rt = Errors.New(TypeObjects.RuntimeError, "generator raised StopIteration");
                rt.Value.Cause = e.Value;
                rt.Value.Context = e.Value;
                throw rt;
            }
            throw;
        }
        finally
        {
            _running = false;
        }
    }

    public void Close()
    {
        if (Finished || !_started)
        {
            Finished = true;
            return;
        }
        try
        {
            Resume(PyNone.Instance, new PyException(TypeObjects.GeneratorExit, PyTuple.Empty), out var finished);
            if (!finished)
            {
                throw Errors.RuntimeError("generator ignored GeneratorExit");
            }
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.GeneratorExit) || e.Value.Type.IsSubtypeOf(TypeObjects.StopIteration))
        {
            Finished = true;
        }
    }
}
