using System.Globalization;
using Meta.Tracing.IR;

namespace Meta.Tracing.Text;

/// <summary>
/// Reads the text form of a trace (docs/trace-ir.md) back into a verified <see cref="Trace"/>.
/// Every error is a <see cref="TraceSyntaxException"/> with line, column and what was expected.
/// </summary>
public sealed class TraceParser
{
    private static readonly string[] DeclarationWords = ["field", "array", "class", "call", "target"];

    private readonly List<Token> _tokens;
    private readonly TraceParseContext _context;
    private readonly Dictionary<string, Descr> _descrs = [];
    private readonly Dictionary<string, Value> _values = [];
    private readonly Dictionary<string, NamedObject> _namedObjects = [];
    private readonly List<Token> _opStarts = [];
    private readonly Dictionary<string, Token> _virtualRefs = [];
    private readonly Dictionary<string, Token> _virtualDefinitions = [];
    private bool _inResume;
    private int _position;

    private TraceParser(string text, TraceParseContext? context)
    {
        _tokens = TraceLexer.Tokenize(text);
        _context = context ?? new TraceParseContext();
    }

    public static Trace Parse(string text, TraceParseContext? context = null) => new TraceParser(text, context).ParseTrace();

    private Token Current => _tokens[_position];

    private Token Next() => _tokens[_position++];

    private static TraceSyntaxException Expected(string expected, Token found) =>
        new(found.Line, found.Column, expected, found.Describe());

    private Token Expect(string punct)
    {
        return Current.Is(punct) ? Next() : throw Expected($"'{punct}'", Current);
    }

    private bool Accept(string punct)
    {
        if (!Current.Is(punct))
        {
            return false;
        }
        _position++;
        return true;
    }

    private string ExpectName(string what)
    {
        return Current.Kind == TokenKind.Name ? Next().Text : throw Expected(what, Current);
    }

    private void SkipBlankLines()
    {
        while (Current.Kind == TokenKind.Newline)
        {
            _position++;
        }
    }

    private void EndOfLine()
    {
        if (Current.Kind is not (TokenKind.Newline or TokenKind.End))
        {
            throw Expected("end of line", Current);
        }
        SkipBlankLines();
    }

    private Trace ParseTrace()
    {
        SkipBlankLines();
        while (Current.Kind == TokenKind.Name && DeclarationWords.Contains(Current.Text))
        {
            ParseDeclaration();
            EndOfLine();
        }
        var inputs = ParseInputs();
        EndOfLine();
        var operations = new List<Operation>();
        while (Current.Kind != TokenKind.End)
        {
            operations.Add(ParseOperation());
            EndOfLine();
        }
        var trace = new Trace(inputs, operations);
        var problem = TraceVerifier.Check(trace).FirstOrDefault();
        if (problem is not null)
        {
            var at = problem.OpIndex >= 0 && problem.OpIndex < _opStarts.Count ? _opStarts[problem.OpIndex] : Current;
            throw new TraceSyntaxException(at.Line, at.Column, problem.Message);
        }
        return trace;
    }

    private List<Input> ParseInputs()
    {
        var inputs = new List<Input>();
        if (!Current.Is("["))
        {
            throw Expected("a declaration (field, array, class, call, target) or the input list '['", Current);
        }
        Next();
        while (!Accept("]"))
        {
            if (inputs.Count > 0)
            {
                Expect(",");
            }
            var token = Current;
            var (name, kind) = ValueName(Current) ?? throw Expected("an input name such as i0, l1, f2, r3", Current);
            Next();
            var input = new Input(kind);
            if (!_values.TryAdd(name, input))
            {
                throw new TraceSyntaxException(token.Line, token.Column, $"{name} is defined twice");
            }
            inputs.Add(input);
        }
        return inputs;
    }

    /// <summary>The name and kind of a value name token (i3, l4, f5, r6), or null.</summary>
    private static (string Name, ValueKind Kind)? ValueName(Token token)
    {
        if (token.Kind != TokenKind.Name || token.Text.Length < 2 || !token.Text.Skip(1).All(char.IsAsciiDigit))
        {
            return null;
        }
        return ValueKinds.FromPrefix(token.Text[0]) is { } kind ? (token.Text, kind) : null;
    }

    private ValueKind ParseKind(bool allowVoid = false)
    {
        var token = Current;
        var kind = token.Kind == TokenKind.Name ? ValueKinds.FromTextName(token.Text) : null;
        if (kind is null || (kind == ValueKind.Void && !allowVoid))
        {
            throw Expected(allowVoid ? "a kind: i32, i64, f64, ref or void" : "a kind: i32, i64, f64 or ref", token);
        }
        Next();
        return kind.Value;
    }

    private List<ValueKind> ParseKindList()
    {
        Expect("(");
        var kinds = new List<ValueKind>();
        while (!Accept(")"))
        {
            if (kinds.Count > 0)
            {
                Expect(",");
            }
            kinds.Add(ParseKind());
        }
        return kinds;
    }

    private void ParseDeclaration()
    {
        var word = Next().Text;
        var nameToken = Current;
        var name = ExpectName("a descriptor name");
        Descr descr;
        switch (word)
        {
            case "field":
                Expect(":");
                var kind = ParseKind();
                var flags = FieldFlags.None;
                while (Current.Kind == TokenKind.Name)
                {
                    flags |= Current.Text switch
                    {
                        "immutable" => FieldFlags.Immutable,
                        "quasi_immutable" => FieldFlags.QuasiImmutable,
                        "static" => FieldFlags.Static,
                        "virtualizable" => FieldFlags.Virtualizable,
                        _ => throw Expected("a field flag: immutable, quasi_immutable, static or virtualizable", Current),
                    };
                    Next();
                }
                descr = new FieldDescr(name, kind, flags);
                break;
            case "array":
                Expect(":");
                var elementKind = ParseKind();
                bool immutable = false, virtualizable = false;
                while (Current.Kind == TokenKind.Name)
                {
                    if (Current.Text == "immutable")
                    {
                        immutable = true;
                    }
                    else if (Current.Text == "virtualizable")
                    {
                        virtualizable = true;
                    }
                    else
                    {
                        throw Expected("an array flag: immutable or virtualizable", Current);
                    }
                    Next();
                }
                descr = new ArrayDescr(name, elementKind, immutable, virtualizable);
                break;
            case "class":
                descr = new ClassDescr(name);
                break;
            case "call":
                var parameters = ParseKindList();
                Expect("->");
                var result = ParseKind(allowVoid: true);
                descr = new CallDescr(name, parameters, result, ParseEffects());
                break;
            default:
                descr = new TargetToken(name, ParseKindList());
                break;
        }
        if (!_descrs.TryAdd(name, descr))
        {
            throw new TraceSyntaxException(nameToken.Line, nameToken.Column, $"descriptor {name} is declared twice");
        }
    }

    private EffectInfo ParseEffects()
    {
        Expect("[");
        bool elidable = false, canRaise = false, forces = false;
        EffectSet reads = EffectSet.None, writes = EffectSet.None;
        var first = true;
        while (!Accept("]"))
        {
            if (!first)
            {
                Expect(",");
            }
            first = false;
            switch (Current.Kind == TokenKind.Name ? Current.Text : "")
            {
                case "elidable":
                    elidable = true;
                    Next();
                    break;
                case "can_raise":
                    canRaise = true;
                    Next();
                    break;
                case "forces":
                    forces = true;
                    Next();
                    break;
                case "reads":
                    Next();
                    reads = ParseEffectSet();
                    break;
                case "writes":
                    Next();
                    writes = ParseEffectSet();
                    break;
                default:
                    throw Expected("an effect: elidable, can_raise, forces, reads(...) or writes(...)", Current);
            }
        }
        return new EffectInfo(elidable, canRaise, forces, reads, writes);
    }

    private EffectSet ParseEffectSet()
    {
        Expect("(");
        if (Accept("*"))
        {
            Expect(")");
            return EffectSet.All;
        }
        var descrs = new List<Descr>();
        while (!Accept(")"))
        {
            if (descrs.Count > 0)
            {
                Expect(",");
            }
            var token = Current;
            var descr = LookUpDescr(ExpectName("a field or array name"), token);
            descrs.Add(descr is FieldDescr or ArrayDescr ? descr : throw Expected("a field or array name", token));
        }
        return EffectSet.Of(descrs);
    }

    private Descr LookUpDescr(string name, Token at) =>
        _descrs.GetValueOrDefault(name) ?? _context.Descrs.GetValueOrDefault(name)
        ?? throw new TraceSyntaxException(at.Line, at.Column, $"expected a declared descriptor, found '{name}'");

    private Operation ParseOperation()
    {
        var start = Current;
        _opStarts.Add(start);
        (string Name, ValueKind Kind)? result = null;
        Token resultToken = start;
        if (ValueName(Current) is { } named && _tokens[_position + 1].Is("="))
        {
            result = named;
            _position += 2;
        }
        var opToken = Current;
        var info = Current.Kind == TokenKind.Name ? OpInfo.FromName(Current.Text) : null;
        if (info is null)
        {
            throw Expected(result is null ? "an operation or a result name" : "an operation", Current);
        }
        Next();
        Expect("(");
        var operands = new List<Value>();
        Descr? descr = null;
        Token? descrToken = null;
        while (!Accept(")"))
        {
            if (operands.Count > 0 || descr is not null)
            {
                Expect(",");
            }
            if (descr is not null)
            {
                throw Expected("')' after the descriptor", Current);
            }
            if (Current.IsName("descr") && _tokens[_position + 1].Is("="))
            {
                _position += 2;
                descrToken = Current;
                descr = ParseOperationDescr(info, operands, ExpectName("a descriptor name"), descrToken.Value);
            }
            else
            {
                operands.Add(ParseValue(allowDead: false)!);
            }
        }
        CheckDescrForResult(info, operands, descr, opToken);
        ResumeData? resume = null;
        if (info.IsGuard)
        {
            _inResume = true;
            resume = ParseResume();
            _inResume = false;
        }
        var op = new Operation(info.Code, operands, descr, resume);
        if (op.Kind == ValueKind.Void && result is not null)
        {
            throw new TraceSyntaxException(resultToken.Line, resultToken.Column, $"{info.Name} has no result to name");
        }
        if (op.Kind != ValueKind.Void)
        {
            if (result is null)
            {
                throw new TraceSyntaxException(start.Line, start.Column, $"expected a result name before {info.Name}, which produces {op.Kind.TextName()}");
            }
            if (result.Value.Kind != op.Kind)
            {
                throw new TraceSyntaxException(resultToken.Line, resultToken.Column,
                    $"expected a name starting with '{op.Kind.Prefix()}' for the {op.Kind.TextName()} result of {info.Name}, found '{result.Value.Name}'");
            }
            if (!_values.TryAdd(result.Value.Name, op))
            {
                throw new TraceSyntaxException(resultToken.Line, resultToken.Column, $"{result.Value.Name} is defined twice");
            }
        }
        return op;
    }

    private Descr ParseOperationDescr(OpInfo info, List<Value> operands, string name, Token at)
    {
        if (info.Code == Opcode.Label && !_descrs.ContainsKey(name) && !_context.Descrs.ContainsKey(name))
        {
            var token = new TargetToken(name, operands.Select(operand => operand.Kind).ToList());
            _descrs.Add(name, token);
            return token;
        }
        return LookUpDescr(name, at);
    }

    private static void CheckDescrForResult(OpInfo info, List<Value> operands, Descr? descr, Token at)
    {
        var missing = info.Result switch
        {
            KindSpec.Elem when Operation.ElementKind(descr) is null => "descr= naming a field or array",
            KindSpec.Ret when descr is not CallDescr => "descr= naming a call",
            KindSpec.Same when operands.Count == 0 => "an operand",
            _ => null,
        };
        if (missing is not null)
        {
            throw new TraceSyntaxException(at.Line, at.Column, $"expected {missing} in {info.Name}");
        }
    }

    private Value? ParseValue(bool allowDead)
    {
        var token = Current;
        if (allowDead && token.Is("-"))
        {
            Next();
            return null;
        }
        Next();
        switch (token.Kind)
        {
            case TokenKind.Int:
                return int.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                    ? Constant.Int(i)
                    : throw new TraceSyntaxException(token.Line, token.Column, $"expected an i32 constant (add L for i64), found '{token.Text}'");
            case TokenKind.Long:
                return long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                    ? Constant.Long(l)
                    : throw new TraceSyntaxException(token.Line, token.Column, $"expected an i64 constant, found '{token.Text}L'");
            case TokenKind.Float when token.Text.EndsWith("inf", StringComparison.Ordinal):
                return Constant.Float(token.Text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity);
            case TokenKind.Float:
                return double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f)
                    ? Constant.Float(f)
                    : throw Expected("a float constant", token);
            case TokenKind.String:
                return Constant.Ref(token.Text);
            case TokenKind.Object:
                return Constant.Ref(_context.Objects.GetValueOrDefault(token.Text) ?? NamedObjectFor(token.Text));
            case TokenKind.Name when token.Text == "null":
                return Constant.Null;
            case TokenKind.Name when token.Text == "nan":
                return Constant.Float(double.NaN);
            case TokenKind.Name when token.Text == "inf":
                return Constant.Float(double.PositiveInfinity);
            case TokenKind.Name when _inResume && VirtualName(token) is { } virtualName:
                _virtualRefs.TryAdd(virtualName, token);
                return new VirtualReference(virtualName);
            case TokenKind.Name when ValueName(token) is { } named:
                return _values.GetValueOrDefault(named.Name)
                    ?? throw new TraceSyntaxException(token.Line, token.Column, $"expected a value defined earlier, found '{token.Text}'");
            default:
                throw Expected(allowDead ? "a value, a constant or '-'" : "a value or a constant", token);
        }
    }

    private NamedObject NamedObjectFor(string name)
    {
        if (!_namedObjects.TryGetValue(name, out var named))
        {
            named = new NamedObject(name);
            _namedObjects.Add(name, named);
        }
        return named;
    }

    private ResumeData ParseResume()
    {
        if (!Current.Is("["))
        {
            throw Expected("resume data '[...]' after a guard", Current);
        }
        Next();
        _virtualRefs.Clear();
        _virtualDefinitions.Clear();
        var frames = new List<(string Method, int Offset, List<Value?> Locals, List<Value?> Stack)>();
        while (!Accept("]"))
        {
            if (frames.Count > 0)
            {
                Expect(";");
            }
            var method = ExpectName("a method name");
            Expect("@");
            var offsetToken = Current;
            if (offsetToken.Kind != TokenKind.Int || !int.TryParse(offsetToken.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                throw Expected("an IL offset", offsetToken);
            }
            Next();
            var locals = Current.IsName("locals") ? ParseSlots() : [];
            var stack = Current.IsName("stack") ? ParseSlots() : [];
            frames.Add((method, offset, locals, stack));
        }
        var writes = Current.IsName("writes") ? ParsePendingWrites() : [];
        var virtuals = Current.Is("{") ? ParseVirtuals() : [];
        CheckVirtualsDescribed(virtuals);
        Value? Resolve(Value? slot) => slot is VirtualReference reference ? virtuals[reference.Name] : slot;
        var resolvedWrites = writes.Select(write => write.Index is null
            ? new PendingWrite(Resolve(write.Target)!, (FieldDescr)write.Descr, Resolve(write.Value)!)
            : new PendingWrite(Resolve(write.Target)!, (ArrayDescr)write.Descr, Resolve(write.Index)!, Resolve(write.Value)!)).ToList();
        var resume = new ResumeData(frames.Select(frame => new ResumeFrame(frame.Method, frame.Offset,
            frame.Locals.Select(Resolve).ToList(), frame.Stack.Select(Resolve).ToList())).ToList(), resolvedWrites);
        var unreached = virtuals.FirstOrDefault(pair => !resume.Virtuals.Contains(pair.Value));
        if (unreached.Value is not null)
        {
            var at = _virtualDefinitions[unreached.Key];
            throw new TraceSyntaxException(at.Line, at.Column, $"{unreached.Key} is described but no frame refers to it");
        }
        return resume;
    }

    /// <summary>
    /// Parses <c>writes[setfield(r0, i1, descr=F), setarrayitem(r2, i3, r4, descr=A)]</c>; values may
    /// still be references to virtuals, resolved by the caller.
    /// </summary>
    private List<PendingWrite> ParsePendingWrites()
    {
        Next();
        Expect("[");
        var writes = new List<PendingWrite>();
        while (!Accept("]"))
        {
            if (writes.Count > 0)
            {
                Expect(",");
            }
            var kindToken = Current;
            var isField = Current.IsName("setfield");
            if (!isField && !Current.IsName("setarrayitem"))
            {
                throw Expected("setfield(...) or setarrayitem(...)", kindToken);
            }
            Next();
            Expect("(");
            var values = new List<Value>();
            while (!(Current.IsName("descr") && _tokens[_position + 1].Is("=")))
            {
                values.Add(ParseValue(allowDead: false)!);
                Expect(",");
            }
            _position += 2;
            var descrToken = Current;
            var descr = LookUpDescr(ExpectName("a descriptor name"), descrToken);
            Expect(")");
            writes.Add((isField, descr, values.Count) switch
            {
                (true, FieldDescr field, 2) => new PendingWrite(values[0], field, values[1]),
                (false, ArrayDescr array, 3) => new PendingWrite(values[0], array, values[1], values[2]),
                _ => throw new TraceSyntaxException(kindToken.Line, kindToken.Column,
                    isField ? "expected setfield(object, value, descr=field)" : "expected setarrayitem(array, index, value, descr=array)"),
            });
        }
        return writes;
    }

    /// <summary>Parses <c>{v0 = Class(field=slot, ...), v1 = Array[slot, ...]}</c> into virtual objects.</summary>
    private Dictionary<string, VirtualObject> ParseVirtuals()
    {
        Next();
        var described = new List<(string Name, Token At, VirtualObject Virtual, List<(FieldDescr Field, Value? Value)> Fields, List<Value?> Items)>();
        while (!Accept("}"))
        {
            if (described.Count > 0)
            {
                Expect(",");
            }
            var nameToken = Current;
            if (VirtualName(nameToken) is null)
            {
                throw Expected("a virtual name such as v0", nameToken);
            }
            Next();
            Expect("=");
            var descrToken = Current;
            var descr = LookUpDescr(ExpectName("a class or array name"), descrToken);
            var fields = new List<(FieldDescr, Value?)>();
            var items = new List<Value?>();
            VirtualObject virtualObject;
            if (descr is ClassDescr type)
            {
                virtualObject = new VirtualObject(type);
                Expect("(");
                while (!Accept(")"))
                {
                    if (fields.Count > 0)
                    {
                        Expect(",");
                    }
                    var fieldToken = Current;
                    var field = LookUpDescr(ExpectName("a field name"), fieldToken) as FieldDescr
                        ?? throw Expected("a field name", fieldToken);
                    Expect("=");
                    fields.Add((field, ParseValue(allowDead: false)));
                }
            }
            else if (descr is ArrayDescr arrayType)
            {
                Expect("[");
                while (!Accept("]"))
                {
                    if (items.Count > 0)
                    {
                        Expect(",");
                    }
                    items.Add(ParseValue(allowDead: true));
                }
                virtualObject = new VirtualObject(arrayType, items.Count);
            }
            else
            {
                throw Expected("a class or array name", descrToken);
            }
            if (described.Any(entry => entry.Name == nameToken.Text))
            {
                throw new TraceSyntaxException(nameToken.Line, nameToken.Column, $"{nameToken.Text} is described twice");
            }
            described.Add((nameToken.Text, nameToken, virtualObject, fields, items));
            _virtualDefinitions[nameToken.Text] = nameToken;
        }
        var virtuals = described.ToDictionary(entry => entry.Name, entry => entry.Virtual);
        CheckVirtualsDescribed(virtuals);
        Value? Resolve(Value? slot) => slot is VirtualReference reference ? virtuals[reference.Name] : slot;
        foreach (var entry in described)
        {
            foreach (var (field, value) in entry.Fields)
            {
                entry.Virtual.SetField(field, Resolve(value)!);
            }
            for (var i = 0; i < entry.Items.Count; i++)
            {
                entry.Virtual.SetItem(i, Resolve(entry.Items[i]));
            }
        }
        return virtuals;
    }

    private void CheckVirtualsDescribed(Dictionary<string, VirtualObject> virtuals)
    {
        foreach (var (name, token) in _virtualRefs)
        {
            if (!virtuals.ContainsKey(name))
            {
                throw new TraceSyntaxException(token.Line, token.Column, $"expected {name} to be described in the '{{...}}' after the resume data");
            }
        }
    }

    private static string? VirtualName(Token token) =>
        token.Kind == TokenKind.Name && token.Text.Length >= 2 && token.Text[0] == 'v' && token.Text.Skip(1).All(char.IsAsciiDigit)
            ? token.Text
            : null;

    /// <summary>Stands for a virtual in resume slots until the '{...}' that describes it is read.</summary>
    private sealed class VirtualReference(string name) : Value
    {
        public string Name { get; } = name;
        public override ValueKind Kind => ValueKind.Ref;
    }

    private List<Value?> ParseSlots()
    {
        Next();
        Expect("(");
        var slots = new List<Value?>();
        while (!Accept(")"))
        {
            if (slots.Count > 0)
            {
                Expect(",");
            }
            slots.Add(ParseValue(allowDead: true));
        }
        return slots;
    }
}
