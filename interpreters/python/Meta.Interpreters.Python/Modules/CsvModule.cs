using System.Text;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Objects;

namespace Meta.Interpreters.Python.Modules;

/// <summary>
/// _csv (Modules/_csv.c in 3.11): Dialect validation, the reader's state machine, the writer's
/// quoting rules, the dialect registry and field_size_limit, with CPython's messages.
/// </summary>
public static class CsvModule
{
    public static readonly PyType Error = new("Error", [TypeObjects.Exception], module: "_csv");
    public static readonly PyType DialectType = MakeDialectType();
    private static readonly PyType ReaderType = MakeReaderType();
    private static readonly PyType WriterType = MakeWriterType();

    private const int QuoteMinimal = 0, QuoteAll = 1, QuoteNonNumeric = 2, QuoteNone = 3;

    /// <summary>No escape or quote character (_csv.c's NOT_SET).</summary>
    private const int NotSet = -1;

    private static readonly PyDict Dialects = new();
    private static long _fieldLimit = 128 * 1024;

    private sealed class Dialect : PyObject
    {
        public int Delimiter = ',';
        public int QuoteChar = '"';
        public int EscapeChar = NotSet;
        public bool DoubleQuote = true;
        public bool SkipInitialSpace;
        public bool Strict;
        public int Quoting = QuoteMinimal;
        public string LineTerminator = "\r\n";

        public override PyType Type => DialectType;
    }

    private enum State
    {
        StartRecord,
        StartField,
        EscapedChar,
        InField,
        InQuotedField,
        EscapeInQuotedField,
        QuoteInQuotedField,
        EatCrNl,
        AfterEscapedCrNl,
    }

    private sealed class Reader(PyObject input, Dialect dialect) : PyIterator
    {
        public readonly PyObject Input = input;
        public readonly Dialect Dialect = dialect;
        public long LineNum;
        public State State = State.StartRecord;
        public readonly StringBuilder Field = new();
        public PyList? Fields;
        public bool NumericField;

        public override PyType Type => ReaderType;

        public override PyObject? Next() => NextRow(this);
    }

    private sealed class Writer(PyObject write, Dialect dialect) : PyObject
    {
        public readonly PyObject Write = write;
        public readonly Dialect Dialect = dialect;

        public override PyType Type => WriterType;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_csv");
        var d = m.Dict;
        d.Set("Error", Error);
        d.Set("Dialect", DialectType);
        d.Set("__version__", PyStr.From("1.0"));
        d.Set("QUOTE_MINIMAL", PyInt.From(QuoteMinimal));
        d.Set("QUOTE_ALL", PyInt.From(QuoteAll));
        d.Set("QUOTE_NONNUMERIC", PyInt.From(QuoteNonNumeric));
        d.Set("QUOTE_NONE", PyInt.From(QuoteNone));
        Def.Function(d, "reader", (a, k) => new Reader(Ops.GetIter(a.Length > 0 ? a[0] : throw Errors.TypeError("expected at least 1 argument, got 0")), DialectArgument(a, k)));
        Def.Function(d, "writer", NewWriter);
        Def.Function(d, "register_dialect", Register);
        Def.Function(d, "unregister_dialect", (a, _) => Dialects.Remove(a[0]) ? PyNone.Instance : throw Errors.New(Error, "unknown dialect"));
        Def.Function(d, "get_dialect", (a, _) => GetDialect(a[0]));
        Def.Function(d, "list_dialects", (_, _) => new PyList(Dialects.Keys()));
        Def.Function(d, "field_size_limit", FieldSizeLimit);
        return m;
    }

    // ---- dialects ----

    private static PyType MakeDialectType()
    {
        var t = new PyType("Dialect", [TypeObjects.Object], module: "_csv") { NativeNew = (_, a, k) => MakeDialect(a.Length > 0 ? a[0] : null, k) };
        Property(t, "delimiter", d => PyStr.From(((char)d.Delimiter).ToString()));
        Property(t, "quotechar", d => d.QuoteChar == NotSet ? PyNone.Instance : PyStr.From(((char)d.QuoteChar).ToString()));
        Property(t, "escapechar", d => d.EscapeChar == NotSet ? PyNone.Instance : PyStr.From(((char)d.EscapeChar).ToString()));
        Property(t, "doublequote", d => PyBool.From(d.DoubleQuote));
        Property(t, "skipinitialspace", d => PyBool.From(d.SkipInitialSpace));
        Property(t, "strict", d => PyBool.From(d.Strict));
        Property(t, "quoting", d => PyInt.From(d.Quoting));
        Property(t, "lineterminator", d => PyStr.From(d.LineTerminator));
        return t;
    }

    private static void Property(PyType t, string name, Func<Dialect, PyObject> get) =>
        t.Dict[name] = new PyProperty(new PyBuiltinFunction(name, (a, _) => get((Dialect)a[0])), null, null, PyNone.Instance);

    private static readonly string[] DialectKeys = ["delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

    private static PyObject GetDialect(PyObject name) => Dialects.Get(name) ?? throw Errors.New(Error, "unknown dialect");

    /// <summary>dialect_new: settings from a base dialect (a registered name or any object with the attributes), overridden by keywords, then validated.</summary>
    private static Dialect MakeDialect(PyObject? source, PyDict? kwargs)
    {
        if (source is PyStr)
        {
            source = GetDialect(source);
        }
        if (source is Dialect ready && (kwargs is null || kwargs.Count == 0))
        {
            return ready;
        }
        if (kwargs is not null)
        {
            foreach (var key in kwargs.Keys())
            {
                if (key is not PyStr ks || Array.IndexOf(DialectKeys, ks.Value) < 0)
                {
                    throw Errors.TypeError($"'{Ops.Str(key)}' is an invalid keyword argument for this function");
                }
            }
        }
        PyObject? Setting(string name)
        {
            if (kwargs?.Get(name) is { } given)
            {
                return given;
            }
            if (source is null or PyNone)
            {
                return null;
            }
            try
            {
                return Ops.GetAttr(source, name);
            }
            catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError))
            {
                return null;
            }
        }
        var d = new Dialect();
        if (Setting("delimiter") is { } delimiter)
        {
            d.Delimiter = Char("delimiter", delimiter, allowNone: false);
        }
        if (Setting("doublequote") is { } doubleQuote)
        {
            d.DoubleQuote = Ops.IsTrue(doubleQuote);
        }
        if (Setting("escapechar") is { } escape)
        {
            d.EscapeChar = Char("escapechar", escape, allowNone: true);
        }
        var terminator = Setting("lineterminator");
        if (terminator is not null and not PyNone)
        {
            d.LineTerminator = terminator is PyStr ts ? ts.Value : throw Errors.TypeError("\"lineterminator\" must be a string");
        }
        var quoteChar = Setting("quotechar");
        if (quoteChar is not null)
        {
            d.QuoteChar = Char("quotechar", quoteChar, allowNone: true);
        }
        var quoting = Setting("quoting");
        if (quoting is not null)
        {
            d.Quoting = Ops.IsInt(quoting) ? (int)Ops.IndexValue(quoting) : throw Errors.TypeError("\"quoting\" must be an integer");
            if (d.Quoting is < QuoteMinimal or > QuoteNone)
            {
                throw Errors.TypeError("bad \"quoting\" value");
            }
        }
        if (Setting("skipinitialspace") is { } skip)
        {
            d.SkipInitialSpace = Ops.IsTrue(skip);
        }
        if (Setting("strict") is { } strict)
        {
            d.Strict = Ops.IsTrue(strict);
        }
        // quotechar=None without an explicit quoting turns quoting off.
        if (quoteChar is PyNone && quoting is null)
        {
            d.Quoting = QuoteNone;
        }
        if (d.Quoting != QuoteNone && d.QuoteChar == NotSet)
        {
            throw Errors.TypeError("quotechar must be set if quoting enabled");
        }
        if (terminator is PyNone)
        {
            throw Errors.TypeError("lineterminator must be set");
        }
        return d;
    }

    /// <summary>reader/writer's dialect: the second positional argument or dialect=, then the formatting keywords.</summary>
    private static Dialect DialectArgument(PyObject[] a, PyDict? k)
    {
        var source = a.Length > 1 ? a[1] : null;
        if (k?.Get("dialect") is { } named)
        {
            source = named;
            k = k.Copy();
            k.Remove(PyStr.From("dialect"));
        }
        return MakeDialect(source, k);
    }

    private static int Char(string name, PyObject value, bool allowNone)
    {
        if (value is PyNone && allowNone)
        {
            return NotSet;
        }
        if (value is not PyStr s)
        {
            throw Errors.TypeError(allowNone ? $"\"{name}\" must be string or None, not {value.Type.Name}" : $"\"{name}\" must be string, not {value.Type.Name}");
        }
        return s.Value.Length == 1 ? s.Value[0] : throw Errors.TypeError($"\"{name}\" must be a 1-character string");
    }

    private static PyObject Register(PyObject[] a, PyDict? k)
    {
        if (a.Length == 0 || a[0] is not PyStr)
        {
            throw Errors.TypeError("dialect name must be a string");
        }
        Dialects.Set(a[0], MakeDialect(a.Length > 1 ? a[1] : null, k));
        return PyNone.Instance;
    }

    private static PyObject FieldSizeLimit(PyObject[] a, PyDict? k)
    {
        var old = _fieldLimit;
        if ((a.Length > 0 ? a[0] : k?.Get("new_limit")) is { } limit)
        {
            _fieldLimit = Ops.IsInt(limit) ? (long)Ops.ToBig(limit) : throw Errors.TypeError("limit must be an integer");
        }
        return PyInt.From(old);
    }

    // ---- reader ----

    private static PyType MakeReaderType()
    {
        var t = new PyType("reader", [TypeObjects.Iterator], module: "_csv");
        t.Dict["dialect"] = new PyProperty(new PyBuiltinFunction("dialect", (a, _) => ((Reader)a[0]).Dialect), null, null, PyNone.Instance);
        t.Dict["line_num"] = new PyProperty(new PyBuiltinFunction("line_num", (a, _) => PyInt.From(((Reader)a[0]).LineNum)), null, null, PyNone.Instance);
        return t;
    }

    private static void AddChar(Reader r, char c)
    {
        if (r.Field.Length >= _fieldLimit)
        {
            throw Errors.New(Error, $"field larger than field limit ({_fieldLimit})");
        }
        r.Field.Append(c);
    }

    /// <summary>parse_save_field: an unquoted field under QUOTE_NONNUMERIC becomes a float.</summary>
    private static void SaveField(Reader r)
    {
        PyObject field = PyStr.From(r.Field.ToString());
        r.Field.Clear();
        if (r.NumericField)
        {
            r.NumericField = false;
            field = Ops.Call(TypeObjects.Float, [field]);
        }
        r.Fields!.Append(field);
    }

    private static bool IsLineEnd(int c) => c is '\n' or '\r';

    /// <summary>parse_process_char; <paramref name="c"/> is -2 at the end of each line (EOL).</summary>
    private static void Process(Reader r, int c)
    {
        const int eol = -2;
        var d = r.Dialect;
        switch (r.State)
        {
            case State.StartRecord:
                if (c == eol)
                {
                    return;
                }
                if (IsLineEnd(c))
                {
                    r.State = State.EatCrNl;
                    return;
                }
                r.State = State.StartField;
                goto case State.StartField;
            case State.StartField:
                if (IsLineEnd(c) || c == eol)
                {
                    SaveField(r);
                    r.State = c == eol ? State.StartRecord : State.EatCrNl;
                }
                else if (c == d.QuoteChar && d.Quoting != QuoteNone)
                {
                    r.State = State.InQuotedField;
                }
                else if (c == d.EscapeChar)
                {
                    r.State = State.EscapedChar;
                }
                else if (c == ' ' && d.SkipInitialSpace)
                {
                }
                else if (c == d.Delimiter)
                {
                    SaveField(r);
                }
                else
                {
                    r.NumericField = d.Quoting == QuoteNonNumeric;
                    AddChar(r, (char)c);
                    r.State = State.InField;
                }
                return;
            case State.EscapedChar:
                if (IsLineEnd(c))
                {
                    AddChar(r, (char)c);
                    r.State = State.AfterEscapedCrNl;
                    return;
                }
                AddChar(r, c == eol ? '\n' : (char)c);
                r.State = State.InField;
                return;
            case State.AfterEscapedCrNl:
                if (c == eol)
                {
                    return;
                }
                goto case State.InField;
            case State.InField:
                if (IsLineEnd(c) || c == eol)
                {
                    SaveField(r);
                    r.State = c == eol ? State.StartRecord : State.EatCrNl;
                }
                else if (c == d.EscapeChar)
                {
                    r.State = State.EscapedChar;
                }
                else if (c == d.Delimiter)
                {
                    SaveField(r);
                    r.State = State.StartField;
                }
                else
                {
                    AddChar(r, (char)c);
                }
                return;
            case State.InQuotedField:
                if (c == eol)
                {
                }
                else if (c == d.EscapeChar)
                {
                    r.State = State.EscapeInQuotedField;
                }
                else if (c == d.QuoteChar && d.Quoting != QuoteNone)
                {
                    r.State = d.DoubleQuote ? State.QuoteInQuotedField : State.InField;
                }
                else
                {
                    AddChar(r, (char)c);
                }
                return;
            case State.EscapeInQuotedField:
                AddChar(r, c == eol ? '\n' : (char)c);
                r.State = State.InQuotedField;
                return;
            case State.QuoteInQuotedField:
                if (d.Quoting != QuoteNone && c == d.QuoteChar)
                {
                    // A doubled quote is one quote character.
                    AddChar(r, (char)c);
                    r.State = State.InQuotedField;
                }
                else if (c == d.Delimiter)
                {
                    SaveField(r);
                    r.State = State.StartField;
                }
                else if (IsLineEnd(c) || c == eol)
                {
                    SaveField(r);
                    r.State = c == eol ? State.StartRecord : State.EatCrNl;
                }
                else if (!d.Strict)
                {
                    AddChar(r, (char)c);
                    r.State = State.InField;
                }
                else
                {
                    throw Errors.New(Error, $"'{(char)d.Delimiter}' expected after '{(char)d.QuoteChar}'");
                }
                return;
            case State.EatCrNl:
                if (IsLineEnd(c))
                {
                }
                else if (c == eol)
                {
                    r.State = State.StartRecord;
                }
                else
                {
                    throw Errors.New(Error, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                }
                return;
        }
    }

    /// <summary>Reader_iternext: lines until a record is complete; at the end, a pending field ends the record unless strict.</summary>
    private static PyObject? NextRow(Reader r)
    {
        r.Fields = new PyList();
        r.Field.Clear();
        r.State = State.StartRecord;
        r.NumericField = false;
        do
        {
            var line = Ops.Next(r.Input);
            if (line is null)
            {
                if (r.Field.Length != 0 || r.State == State.InQuotedField)
                {
                    if (r.Dialect.Strict)
                    {
                        throw Errors.New(Error, "unexpected end of data");
                    }
                    SaveField(r);
                    break;
                }
                return null;
            }
            if (line is not PyStr s)
            {
                throw Errors.New(Error, $"iterator should return strings, not {line.Type.Name} (the file should be opened in text mode)");
            }
            r.LineNum++;
            foreach (var c in s.Value)
            {
                Process(r, c);
            }
            Process(r, -2);
        }
        while (r.State != State.StartRecord);
        var fields = r.Fields;
        r.Fields = null;
        return fields;
    }

    // ---- writer ----

    private static PyType MakeWriterType()
    {
        var t = new PyType("writer", [TypeObjects.Object], module: "_csv");
        Def.Method(t, "writerow", (a, _) => WriteRow((Writer)a[0], a[1]));
        Def.Method(t, "writerows", (a, _) =>
        {
            var it = Ops.GetIter(a[1]);
            while (Ops.Next(it) is { } row)
            {
                WriteRow((Writer)a[0], row);
            }
            return PyNone.Instance;
        });
        t.Dict["dialect"] = new PyProperty(new PyBuiltinFunction("dialect", (a, _) => ((Writer)a[0]).Dialect), null, null, PyNone.Instance);
        return t;
    }

    private static PyObject NewWriter(PyObject[] a, PyDict? k)
    {
        var file = a.Length > 0 ? a[0] : throw Errors.TypeError("expected at least 1 argument, got 0");
        PyObject write;
        try
        {
            write = Ops.GetAttr(file, "write");
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.AttributeError))
        {
            throw Errors.TypeError("argument 1 must have a \"write\" method");
        }
        return new Writer(write, DialectArgument(a, k));
    }

    private static bool IsNumber(PyObject o) =>
        o is PyInt or PyLong or PyFloat or PyComplex || o.Type.Lookup("__index__") is not null || o.Type.Lookup("__float__") is not null || o.Type.Lookup("__int__") is not null;

    /// <summary>join_append_data: a field, quoted when the dialect or its characters require it, escaped where quoting cannot help.</summary>
    private static void AppendField(StringBuilder record, Dialect d, string field, bool quoted, bool first)
    {
        if (!first)
        {
            record.Append((char)d.Delimiter);
        }
        var body = new StringBuilder(field.Length);
        foreach (var c in field)
        {
            if (c == d.Delimiter || c == d.EscapeChar || c == d.QuoteChar || d.LineTerminator.Contains(c))
            {
                var escape = false;
                if (d.Quoting == QuoteNone)
                {
                    escape = true;
                }
                else
                {
                    if (c == d.QuoteChar)
                    {
                        if (d.DoubleQuote)
                        {
                            body.Append(c);
                        }
                        else
                        {
                            escape = true;
                        }
                    }
                    else if (c == d.EscapeChar)
                    {
                        escape = true;
                    }
                    if (!escape)
                    {
                        quoted = true;
                    }
                }
                if (escape)
                {
                    if (d.EscapeChar == NotSet)
                    {
                        throw Errors.New(Error, "need to escape, but no escapechar set");
                    }
                    body.Append((char)d.EscapeChar);
                }
            }
            body.Append(c);
        }
        if (quoted)
        {
            record.Append((char)d.QuoteChar).Append(body).Append((char)d.QuoteChar);
        }
        else
        {
            record.Append(body);
        }
    }

    private static PyObject WriteRow(Writer w, PyObject row)
    {
        var d = w.Dialect;
        PyObject it;
        try
        {
            it = Ops.GetIter(row);
        }
        catch (PyError e) when (e.Value.Type.IsSubtypeOf(TypeObjects.TypeError))
        {
            throw Errors.New(Error, $"iterable expected, not {row.Type.Name}");
        }
        var record = new StringBuilder();
        var count = 0;
        while (Ops.Next(it) is { } field)
        {
            var quoted = d.Quoting switch
            {
                QuoteNonNumeric => !IsNumber(field),
                QuoteAll => true,
                _ => false,
            };
            var text = field switch
            {
                PyStr s => s.Value,
                PyNone => "",
                _ => Ops.Str(field),
            };
            AppendField(record, d, text, quoted, count == 0);
            count++;
        }
        if (count == 1 && record.Length == 0)
        {
            // A record of one empty field is written as "" so that it reads back as one field.
            if (d.Quoting == QuoteNone)
            {
                throw Errors.New(Error, "single empty field record must be quoted");
            }
            AppendField(record, d, "", quoted: true, first: true);
        }
        record.Append(d.LineTerminator);
        return Ops.Call(w.Write, [PyStr.From(record.ToString())]);
    }
}
