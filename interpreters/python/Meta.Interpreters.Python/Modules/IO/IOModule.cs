using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules.IO;

/// <summary>
/// The _io module (Modules/_io/_iomodule.c): open() with CPython's argument checks, open_code,
/// text_encoding, the classes and constants io.py re-exports. builtins.open is this open.
/// </summary>
public static class IOModule
{
    /// <summary>locale.getpreferredencoding() on the UTF-8 locales metapy runs under.</summary>
    public const string LocaleEncoding = "UTF-8";

    public static readonly PyBuiltinFunction OpenFunction = new("open", Open);

    public static PyModule Create()
    {
        var m = new PyModule("_io");
        var d = m.Dict;
        d.Set("DEFAULT_BUFFER_SIZE", PyInt.From(Buffered.DefaultBufferSize));
        d.Set("UnsupportedOperation", IOBase.UnsupportedOperation);
        d.Set("BlockingIOError", TypeObjects.BlockingIOError);
        d.Set("_IOBase", IOBase.Base);
        d.Set("_RawIOBase", IOBase.RawBase);
        d.Set("_BufferedIOBase", IOBase.BufferedBase);
        d.Set("_TextIOBase", IOBase.TextBase);
        d.Set("FileIO", FileIO.Type);
        d.Set("BytesIO", BytesIO.Type);
        d.Set("StringIO", StringIO.Type);
        d.Set("BufferedReader", Buffered.ReaderType);
        d.Set("BufferedWriter", Buffered.WriterType);
        d.Set("BufferedRandom", Buffered.RandomType);
        d.Set("BufferedRWPair", Buffered.RWPairType);
        d.Set("TextIOWrapper", TextIOWrapper.Type);
        d.Set("IncrementalNewlineDecoder", IncrementalNewlineDecoder.Type);
        d.Set("open", OpenFunction);
        Def.Function(d, "open_code", (a, k) => Open([Def.Arg(a, k, 0, "path") ?? throw Errors.TypeError("open_code() missing required argument 'path' (pos 1)"), PyStr.From("rb")], null));
        Def.Function(d, "text_encoding", TextEncoding);
        return m;
    }

    /// <summary>io.text_encoding: None means the locale encoding.</summary>
    private static PyObject TextEncoding(PyObject[] a, PyDict? k)
    {
        var encoding = Def.Arg(a, k, 0, "encoding") ?? throw Errors.TypeError("text_encoding() missing required argument 'encoding' (pos 1)");
        return encoding is PyNone ? PyStr.From("locale") : encoding;
    }

    /// <summary>_io_open_impl.</summary>
    public static PyObject Open(PyObject[] a, PyDict? k)
    {
        var file = Def.Arg(a, k, 0, "file") ?? throw Errors.TypeError("open() missing required argument 'file' (pos 1)");
        var modeObj = Def.Arg(a, k, 1, "mode") ?? PyStr.From("r");
        var buffering = Def.Arg(a, k, 2, "buffering") is { } bf ? Ops.IndexValue(bf) : -1;
        PyObject none = PyNone.Instance;
        var encoding = Def.Arg(a, k, 3, "encoding") ?? none;
        var errors = Def.Arg(a, k, 4, "errors") ?? none;
        var newline = Def.Arg(a, k, 5, "newline") ?? none;
        var closefd = Def.Arg(a, k, 6, "closefd") ?? PyBool.True;
        var opener = Def.Arg(a, k, 7, "opener") ?? none;
        if (modeObj is not PyStr modeStr)
        {
            throw Errors.TypeError($"open() argument 'mode' must be str, not {modeObj.Type.Name}");
        }
        foreach (var (value, name) in new[] { (encoding, "encoding"), (errors, "errors"), (newline, "newline") })
        {
            if (value is not PyNone and not PyStr)
            {
                throw Errors.TypeError($"open() argument '{name}' must be str or None, not {value.Type.Name}");
            }
        }
        if (!Ops.IsInt(file))
        {
            file = PosixModule.FsPathOf(file);
        }
        var mode = modeStr.Value;
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        for (var i = 0; i < mode.Length; i++)
        {
            var c = mode[i];
            if ("xrwab+t".IndexOf(c) < 0 || mode.IndexOf(c, i + 1) >= 0)
            {
                throw Errors.ValueError($"invalid mode: '{mode}'");
            }
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
            }
        }
        if (text && binary)
        {
            throw Errors.ValueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1)
        {
            throw Errors.ValueError("must have exactly one of create/read/write/append mode");
        }
        if (!(creating || reading || writing || appending))
        {
            throw Errors.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (binary)
        {
            foreach (var (value, name) in new[] { (encoding, "encoding"), (errors, "errors"), (newline, "newline") })
            {
                if (value is not PyNone)
                {
                    throw Errors.ValueError($"binary mode doesn't take an {name} argument".Replace("an newline", "a newline"));
                }
            }
        }
        var rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "");
        var raw = Ops.Call(FileIO.Type, [file, PyStr.From(rawMode), closefd, opener]);
        try
        {
            var lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && Ops.IsTrue(IOBase.Call(raw, "isatty"))))
            {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0)
            {
                buffering = raw is PyFileIO f ? f.BlockSize : Buffered.DefaultBufferSize;
            }
            if (buffering == 0)
            {
                return binary ? raw : throw Errors.ValueError("can't have unbuffered text I/O");
            }
            var bufferType = updating ? Buffered.RandomType : creating || writing || appending ? Buffered.WriterType : Buffered.ReaderType;
            var buffer = Buffered.Create(bufferType, raw, (int)buffering);
            if (binary)
            {
                return buffer;
            }
            var wrapper = TextIOWrapper.Create(buffer, encoding, errors, newline, lineBuffering);
            wrapper.SetAttribute("mode", modeStr);
            return wrapper;
        }
        catch (PyError)
        {
            IOBase.Call(raw, "close");
            throw;
        }
    }
}
