using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;
using Meta.Interpreters.Python.Parsing;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// builtins eval, exec and compile (Python/bltinmodule.c) over metapy's own compiler: sources
/// (str or bytes) or code objects, run in a frame whose globals and name dict are the given
/// mappings (defaults: the caller's globals and its name dict). A function's fast locals are not
/// a dict in metapy, so inside a function the default locals are its globals, and names local
/// to the calling function are not visible to the evaluated code.
/// </summary>
public static class EvalExec
{
    public static void Install(PyDict builtins)
    {
        Def.Function(builtins, "eval", Eval);
        Def.Function(builtins, "exec", Exec);
        Def.Function(builtins, "compile", Compile);
    }

    private static string SourceText(PyObject source, string function) => source switch
    {
        PyStr s => s.Value,
        PyBytes b => Codecs.Decode(b.Value, "utf-8", "strict"),
        PyByteArray ba => Codecs.Decode(ba.ToArray(), "utf-8", "strict"),
        _ => throw Errors.TypeError($"{function}() arg 1 must be a string, bytes or code object"),
    };

    /// <summary>Parses and compiles; syntax errors become SyntaxError with CPython's message and position.</summary>
    private static PyCode CompileSource(string text, string fileName, string mode)
    {
        try
        {
            return mode == "eval"
                ? CodeGenerator.CompileExpression(Parser.ParseExpression(text.TrimStart(' ', '\t'), fileName), fileName)
                : CodeGenerator.CompileModule(Parser.ParseModule(text, fileName), fileName);
        }
        catch (PythonSyntaxError e)
        {
            var exc = new PyException(TypeObjects.SyntaxError, PyTuple.Of(PyStr.From(e.Msg)));
            exc.SetAttribute("msg", PyStr.From(e.Msg));
            exc.SetAttribute("filename", PyStr.From(fileName));
            exc.SetAttribute("lineno", PyInt.From(e.Line));
            exc.SetAttribute("offset", PyInt.From(e.Column));
            exc.SetAttribute("text", e.Text is null ? PyNone.Instance : PyStr.From(e.Text));
            throw exc.ToError();
        }
    }

    private static (PyDict Globals, PyDict Locals) Namespaces(PyObject[] a, PyDict? k, string function)
    {
        var g = Def.Arg(a, k, 1, "globals");
        var l = Def.Arg(a, k, 2, "locals");
        PyDict globals;
        if (g is null or PyNone)
        {
            var caller = PyThreadState.Current ?? throw Errors.New(TypeObjects.SystemError, $"{function}(): no current frame");
            globals = caller.Globals;
            if (l is null or PyNone)
            {
                return (globals, caller.NameDict ?? globals);
            }
        }
        else
        {
            globals = g as PyDict ?? throw Errors.TypeError($"{function}() globals must be a dict, not {g.Type.Name}");
        }
        if (globals.Get("__builtins__") is null)
        {
            globals.Set("__builtins__", BuiltinModule.Dict);
        }
        var locals = l is null or PyNone ? globals : l as PyDict ?? throw Errors.TypeError($"{function}() locals must be a mapping");
        return (globals, locals);
    }

    private static PyObject Run(PyCode code, PyDict globals, PyDict locals) =>
        Interp.Execute(new Frame(code, globals) { NameDict = locals });

    private static PyObject Eval(PyObject[] a, PyDict? k)
    {
        var source = Def.Arg(a, k, 0, "source") ?? throw Errors.TypeError("eval expected at least 1 argument, got 0");
        var (globals, locals) = Namespaces(a, k, "eval");
        var code = source as PyCode ?? CompileSource(SourceText(source, "eval"), "<string>", "eval");
        return Run(code, globals, locals);
    }

    private static PyObject Exec(PyObject[] a, PyDict? k)
    {
        var source = Def.Arg(a, k, 0, "source") ?? throw Errors.TypeError("exec expected at least 1 argument, got 0");
        var (globals, locals) = Namespaces(a, k, "exec");
        var code = source as PyCode ?? CompileSource(SourceText(source, "exec"), "<string>", "exec");
        Run(code, globals, locals);
        return PyNone.Instance;
    }

    /// <summary>compile(source, filename, mode, ...): modes exec, eval and single (compiled as exec); AST input is not supported.</summary>
    private static PyObject Compile(PyObject[] a, PyDict? k)
    {
        var source = Def.Arg(a, k, 0, "source") ?? throw Errors.TypeError("compile() missing required argument 'source' (pos 1)");
        var fileName = Def.Arg(a, k, 1, "filename") ?? throw Errors.TypeError("compile() missing required argument 'filename' (pos 2)");
        var mode = Def.Arg(a, k, 2, "mode") is PyStr m ? m.Value : throw Errors.TypeError("compile() missing required argument 'mode' (pos 3)");
        if (mode is not ("exec" or "eval" or "single"))
        {
            throw Errors.ValueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        var name = PosixModule.FsPathOf(fileName) is PyStr fs ? fs.Value : Codecs.Decode(((PyBytes)PosixModule.FsPathOf(fileName)).Value, "utf-8", "surrogateescape");
        return CompileSource(SourceText(source, "compile"), name, mode);
    }
}
