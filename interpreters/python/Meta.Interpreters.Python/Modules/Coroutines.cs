using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// Coroutines (Objects/genobject.c): an async def function returns a coroutine, a generator
/// frame of its own type with send/throw/close and __await__; `await x` delegates to x's
/// awaitable iterator exactly as `yield from` does (GET_AWAITABLE + YIELD_FROM). An async def
/// that also yields makes an async_generator, whose asend/athrow protocol is not implemented
/// yet (the type exists, so types.AsyncGeneratorType and collections.abc can name it).
/// `async for` and `async with` are not compiled yet: they raise when executed.
/// </summary>
public static class Coroutines
{
    public static readonly PyType Coroutine = MakeCoroutineType();
    public static readonly PyType AsyncGenerator = new("async_generator", [TypeObjects.Object]);
    public static readonly PyType CoroutineWrapper = new("coroutine_wrapper", [TypeObjects.Iterator]);

    public static PyType KindOf(PyCode code) =>
        !code.IsCoroutine ? TypeObjects.Generator : code.IsGenerator ? AsyncGenerator : Coroutine;

    private static PyType MakeCoroutineType()
    {
        var t = new PyType("coroutine", [TypeObjects.Object]);
        // Coroutines share the generator's resumption methods but are not iterators (no __next__/__iter__).
        foreach (var name in new[] { "send", "throw", "close" })
        {
            t.Dict[name] = TypeObjects.Generator.Dict[name];
        }
        Def.Slot(t, "__await__", Await);
        return t;
    }

    private static PyObject Await(PyObject[] a, PyDict? k) => new AwaitIterator((PyGenerator)a[0]);

    /// <summary>coroutine.__await__()'s iterator: next() resumes the coroutine (genobject.c's coro_wrapper).</summary>
    private sealed class AwaitIterator(PyGenerator coroutine) : PyIterator
    {
        public readonly PyGenerator Coroutine = coroutine;

        public override PyType Type => CoroutineWrapper;

        /// <summary>The coroutine's return value travels in StopIteration, as from any generator-based iterator.</summary>
        public override PyObject? Next()
        {
            var v = Coroutine.Send(PyNone.Instance, out var finished);
            if (!finished)
            {
                return v;
            }
            if (v is PyNone)
            {
                return null;
            }
            throw Errors.StopIteration(v);
        }
    }

    /// <summary>GET_AWAITABLE (genobject.c's _PyCoro_GetAwaitableIter): a coroutine itself, else the iterator __await__ returns.</summary>
    public static PyObject GetAwaitable(PyObject o)
    {
        if (o is PyGenerator { Kind: var kind } && kind == Coroutine)
        {
            return o;
        }
        var await = o.Type.Lookup("__await__") ?? throw Errors.TypeError($"object {o.Type.Name} can't be used in 'await' expression");
        var it = Ops.CallMethod(await, o);
        if (it is AwaitIterator wrapper)
        {
            // __await__ returning another coroutine's __await__(): delegate to that coroutine directly.
            return wrapper.Coroutine;
        }
        if (it is PyGenerator { Kind: var k2 } && k2 == Coroutine)
        {
            throw Errors.TypeError("__await__() returned a coroutine");
        }
        if (it is not PyIterator && it.Type.Lookup("__next__") is null)
        {
            throw Errors.TypeError($"__await__() returned non-iterator of type '{it.Type.Name}'");
        }
        return it;
    }

    /// <summary>A callable that raises: what `async for` / `async with` compile to until they are implemented.</summary>
    public static PyBuiltinFunction Unsupported(string what) => new(what, (_, _) => throw CodeGenerator.Unsupported(what));
}
