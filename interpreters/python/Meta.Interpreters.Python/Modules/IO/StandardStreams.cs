using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Interpreter;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>
/// sys.stdin, sys.stdout and sys.stderr as CPython's create_stdio (Python/pylifecycle.c) makes
/// them: TextIOWrappers over buffered FileIOs of descriptors 0, 1 and 2; stdout line-buffered on
/// a terminal, stderr always line-buffered with backslashreplace, write-through under -u. An
/// embedded run (the tests) passes TextWriters that take the place of descriptors 1 and 2.
/// </summary>
public static class StandardStreams
{
    public static PyTextIOWrapper? Stdin;
    public static PyTextIOWrapper? Stdout;
    public static PyTextIOWrapper? Stderr;

    /// <summary>Where the runner and the native hooks write errors: descriptor 2 (written directly, not
    /// through System.Console, which would send terminal set-up sequences), or the embedding's writer.</summary>
    public static TextWriter HostError { get; private set; } = HostErrorFor(null);

    public static TextWriter HostErrorFor(TextWriter? host) =>
        HostError = host ?? DescriptorWriter(2);

    /// <summary>An unbuffered writer on a descriptor, by write(2) at the descriptor's own offset (a
    /// FileStream would keep a position of its own; System.Console's streams would set up the terminal).</summary>
    public static TextWriter DescriptorWriter(int fd) => new DescriptorTextWriter(fd);

    private sealed class DescriptorTextWriter(int fd) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            var bytes = Encoding.UTF8.GetBytes(value ?? "");
            var done = 0;
            while (done < bytes.Length)
            {
                var n = PosixModule.Libc.write(fd, bytes[done..], bytes.Length - done);
                if (n <= 0)
                {
                    // The error stream itself is gone (closed descriptor, broken pipe): there is nowhere left to report to.
                    return;
                }
                done += (int)n;
            }
        }
    }

    /// <summary>The sys module's dict, where print finds the current sys.stdout.</summary>
    private static PyDict? _sys;

    /// <summary>Makes new standard streams (null writers: the process's descriptors).</summary>
    public static void Install(TextWriter? hostOut, TextWriter? hostErr, bool unbuffered, string? ioEncoding)
    {
        var (encoding, errors) = ParseIOEncoding(ioEncoding);
        Stdin = Make(0, "r", null, encoding, errors ?? "surrogateescape", false, unbuffered);
        Stdout = Make(1, "w", hostOut, encoding, errors ?? "surrogateescape", false, unbuffered);
        Stderr = Make(2, "w", hostErr, encoding, "backslashreplace", true, unbuffered);
        PyThreadState.Out = new StdoutWriter();
        _sys = null;
    }

    /// <summary>PYTHONIOENCODING=encoding[:errors].</summary>
    private static (string Encoding, string? Errors) ParseIOEncoding(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ("utf-8", null);
        }
        var colon = value.IndexOf(':');
        var encoding = colon < 0 ? value : value[..colon];
        var errors = colon < 0 ? null : value[(colon + 1)..];
        // config_get_codec_name: the codec's own name (codecs.lookup(name).name).
        var codec = encoding.Length == 0 ? "utf-8" : Codecs.Canonical(encoding) switch { "latin-1" => "iso8859-1", var c => c };
        return (codec, string.IsNullOrEmpty(errors) ? null : errors);
    }

    private static PyTextIOWrapper Make(int fd, string mode, TextWriter? host, string encoding, string errors, bool lineBuffered, bool unbuffered)
    {
        var raw = FileIO.ForDescriptor(fd, mode, host);
        var buffer = Buffered.Create(mode == "r" ? Buffered.ReaderType : Buffered.WriterType, raw, Buffered.DefaultBufferSize);
        var interactive = FileIO.IsATty(raw);
        var wrapper = TextIOWrapper.Create(buffer, PyStr.From(encoding), PyStr.From(errors), PyStr.From("\n"),
            lineBuffering: mode == "w" && (lineBuffered || interactive), writeThrough: mode == "w" && unbuffered);
        wrapper.SetAttribute("mode", PyStr.From(mode));
        return wrapper;
    }

    /// <summary>sys.stdin is the original one and has no line already read ahead (the interactive loop then waits on descriptor 0).</summary>
    public static bool StdinMustWait(PyObject stdin) =>
        ReferenceEquals(stdin, Stdin) && Stdin!.DecodedPos >= Stdin.Decoded.Length && Stdin.Buffer is PyBuffered { ReadPos: var pos, ReadEnd: var end } && pos >= end;

    public static bool StdinIsTerminal() => Stdin?.Buffer is PyBuffered { Raw: PyFileIO raw } && FileIO.IsATty(raw);

    /// <summary>Sets sys.stdin/stdout/stderr and their __dunder__ originals.</summary>
    public static void AddTo(PyDict sys)
    {
        if (Stdout is null)
        {
            Install(null, null, false, null);
        }
        foreach (var (name, stream) in new[] { ("stdin", Stdin!), ("stdout", Stdout!), ("stderr", Stderr!) })
        {
            sys.Set(name, stream);
            sys.Set($"__{name}__", stream);
        }
        _sys = sys;
    }

    /// <summary>The current sys.stdout (None when a program set it so).</summary>
    public static PyObject CurrentStdout() => (_sys ??= SysDict())?.Get(StdoutKey) ?? Stdout ?? (PyObject)PyNone.Instance;

    public static PyObject CurrentStderr() => (_sys ??= SysDict())?.Get(StderrKey) ?? Stderr ?? (PyObject)PyNone.Instance;

    /// <summary>Keys made once, so their hashes are computed once (print looks sys.stdout up on every call).</summary>
    private static readonly PyStr StdoutKey = PyStr.From("stdout"), StderrKey = PyStr.From("stderr");

    private static PyDict? SysDict() => Importer.Modules.Get("sys") is PyModule m ? m.Dict : null;

    /// <summary>builtin_input without a terminal line editor: the prompt to sys.stdout, a line of sys.stdin without its newline.</summary>
    public static PyObject Input(PyObject? prompt)
    {
        var stdin = (_sys ??= SysDict())?.Get("stdin") ?? Stdin!;
        var stdout = CurrentStdout();
        if (stdin is PyNone)
        {
            throw Errors.RuntimeError("input(): lost sys.stdin");
        }
        if (stdout is PyNone)
        {
            throw Errors.RuntimeError("input(): lost sys.stdout");
        }
        if (CurrentStderr() is not PyNone and var stderr)
        {
            IOBase.Call(stderr, "flush");
        }
        if (prompt is not null)
        {
            IOBase.Call(stdout, "write", PyStr.From(Ops.Str(prompt)));
        }
        IOBase.Call(stdout, "flush");
        var line = IOBase.Call(stdin, "readline");
        if (line is not PyStr text)
        {
            throw Errors.TypeError("object.readline() returned non-string");
        }
        if (text.Value.Length == 0)
        {
            throw Errors.New(TypeObjects.EOFError, "EOF when reading a line");
        }
        return PyStr.From(text.Value.EndsWith('\n') ? text.Value[..^1] : text.Value);
    }

    /// <summary>Flushes sys.stdout and sys.stderr as Py_Finalize's flush_std_files does, ignoring a broken pipe.</summary>
    public static void FlushAll()
    {
        Buffered.FlushPendingWriters();
        foreach (var stream in new[] { CurrentStdout(), CurrentStderr() })
        {
            if (stream is PyNone || Ops.TryGetAttr(stream, "closed") is { } closed && Ops.IsTrue(closed))
            {
                continue;
            }
            IOBase.Call(stream, "flush");
        }
    }

    /// <summary>The TextWriter that the native parts writing to standard output use: the original sys.stdout.</summary>
    private sealed class StdoutWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Stdout!.Write(value.ToString());

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                Stdout!.Write(value);
            }
        }

        public override void Flush()
        {
            if (!Stdout!.IsClosed)
            {
                IOBase.Call(Stdout, "flush");
            }
        }
    }
}
