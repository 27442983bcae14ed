using System.Globalization;
using System.Text;

namespace Meta.Interpreters.Toy.Tests.RandomPrograms;

/// <summary>
/// Writes a random toylang program that always parses and always ends quickly: loops have at
/// most a handful of iterations, functions only call functions declared before them (no
/// recursion), and nothing doubles a string or a list. The program uses every kind of value,
/// globals, locals, captured variables, records, maps, loops with break and continue; it may
/// well stop with a runtime error (overflow, division by zero, a bad index, a type mismatch),
/// which is an allowed ending.
/// </summary>
public sealed class ProgramGenerator
{
    private const int MaxExpressionDepth = 3;
    private const int MaxStatementDepth = 3;

    private readonly ChoiceStream _choices;
    private readonly StringBuilder _text = new();
    private readonly List<string> _ints = ["i0", "i1", "i2"];
    private readonly List<string> _helpers = [];
    private int _indent;
    private int _loopDepth;
    private int _fresh;

    private ProgramGenerator(ChoiceStream choices) => _choices = choices;

    public static string Generate(int[] choices)
    {
        var generator = new ProgramGenerator(new ChoiceStream(choices));
        generator.Program();
        return generator._text.ToString();
    }

    private void Program()
    {
        Line($"var i0 = {IntLiteral()};");
        Line($"var i1 = {IntLiteral()};");
        Line($"var i2 = {IntLiteral()};");
        Line($"var f0 = {FloatLiteral()};");
        Line($"var f1 = {FloatLiteral()};");
        Line($"var s0 = {StringLiteral()};");
        Line($"var l0 = [{IntLiteral()}, {IntLiteral()}, {IntLiteral()}];");
        Line($"var m0 = {{{MapKey()}: {IntLiteral()}, {MapKey()}: {StringLiteral()}}};");
        Line("record R(a, b);");
        Line($"var r0 = R({IntLiteral()}, {FloatLiteral()});");
        Line("fun makeAccumulator(start) {");
        Line("    var total = start;");
        Line("    return fun(d) { total = total + d; return total; };");
        Line("}");
        Line($"var acc = makeAccumulator({IntLiteral()});");
        var helpers = _choices.Next(3);
        for (var h = 0; h < helpers; h++)
        {
            Helper("h" + h);
        }
        var statements = 3 + _choices.Next(10);
        for (var i = 0; i < statements; i++)
        {
            Statement(0);
        }
        Line("print(i0, i1, i2, f0, f1, s0, l0, m0, r0, acc(0));");
    }

    // fun hN(a, b) { ...; return int; }: may use globals and earlier helpers, never itself.
    private void Helper(string name)
    {
        Line($"fun {name}(a, b) {{");
        _indent++;
        _ints.Add("a");
        _ints.Add("b");
        var statements = _choices.Next(4);
        for (var i = 0; i < statements; i++)
        {
            Statement(1);
        }
        Line($"return {Int(0)};");
        _ints.Remove("a");
        _ints.Remove("b");
        _indent--;
        Line("}");
        _helpers.Add(name);
    }

    private void Statement(int depth)
    {
        var nested = depth < MaxStatementDepth;
        switch (_choices.Next(nested ? 14 : 9))
        {
            case 0:
            case 1:
                Line($"{_choices.Pick(["i0", "i1", "i2"])} = {Int(0)};");
                break;
            case 2:
                Line($"{_choices.Pick(["f0", "f1"])} = {Float(0)};");
                break;
            case 3:
                Line($"s0 = s0 + {String(1)};");
                break;
            case 4:
                if (_choices.Chance(2))
                {
                    Line($"append(l0, {Int(0)});");
                }
                else
                {
                    Line($"l0[{Index(1)}] = {Int(1)};");
                }
                break;
            case 5:
                Line($"m0[{MapKey()}] = {Any(1)};");
                break;
            case 6:
                Line(_choices.Chance(2) ? $"r0.a = {Int(0)};" : $"r0.b = {Float(0)};");
                break;
            case 7:
                Line($"print({Any(0)});");
                break;
            case 8:
                if (_loopDepth > 0)
                {
                    Line($"if {Bool(1)} {{ {(_choices.Chance(2) ? "break" : "continue")}; }}");
                }
                else
                {
                    Line($"i0 = acc({Int(1)});");
                }
                break;
            case 9:
            case 10:
                Line($"if {Bool(0)} {{");
                Block(depth);
                if (_choices.Chance(2))
                {
                    Line("} else {");
                    Block(depth);
                }
                Line("}");
                break;
            case 11:
                {
                    var variable = "k" + _fresh++;
                    Line($"for {variable} in {Iterable()} {{");
                    _ints.Add(variable);
                    Loop(depth);
                    _ints.Remove(variable);
                    Line("}");
                    break;
                }
            case 12:
                {
                    // The counter goes up first, so that a continue cannot skip it.
                    var counter = "w" + _fresh++;
                    Line($"var {counter} = 0;");
                    Line($"while {counter} < {1 + _choices.Next(4)} {{");
                    Line($"    {counter} = {counter} + 1;");
                    _ints.Add(counter);
                    Loop(depth);
                    _ints.Remove(counter);
                    Line("}");
                    break;
                }
            default:
                {
                    // A local, captured by a closure called right away.
                    var local = "v" + _fresh++;
                    Line("if true {");
                    Line($"    var {local} = {Int(1)};");
                    Line($"    var bump = fun(x) {{ {local} = {local} + x; return {local}; }};");
                    Line($"    i1 = bump({Int(1)}) + {local};");
                    Line("}");
                    break;
                }
        }
    }

    private void Loop(int depth)
    {
        _loopDepth++;
        Block(depth);
        _loopDepth--;
    }

    private void Block(int depth)
    {
        _indent++;
        var statements = 1 + _choices.Next(3);
        for (var i = 0; i < statements; i++)
        {
            Statement(depth + 1);
        }
        _indent--;
    }

    private string Iterable() => _choices.Next(4) switch
    {
        0 => $"range({_choices.Next(5)})",
        // A copy: a loop over l0 itself whose body appends to l0 would never end.
        1 => "slice(l0, 0, 4)",
        2 => $"range({_choices.Next(3)}, {_choices.Next(6)})",
        _ => $"[{IntLiteral()}, {IntLiteral()}]",
    };

    private string Index(int depth) => _choices.Next(3) switch
    {
        0 => "0",
        1 => "len(l0) - 1",
        _ => Int(depth + 1),
    };

    private string Int(int depth)
    {
        var leaf = depth >= MaxExpressionDepth;
        switch (_choices.Next(leaf ? 2 : 12))
        {
            case 0:
                return IntLiteral();
            case 1:
                return _choices.Pick(_ints);
            case 2:
            case 3:
            case 4:
                return $"({Int(depth + 1)} {_choices.Pick(["+", "-", "*", "/", "%"])} {Int(depth + 1)})";
            case 5:
                return _choices.Chance(2) ? "len(l0)" : "len(s0)";
            case 6:
                return $"l0[{Index(depth)}]";
            case 7:
                return _helpers.Count > 0 ? $"{_choices.Pick(_helpers)}({Int(depth + 1)}, {Int(depth + 1)})" : "r0.a";
            case 8:
                return _choices.Chance(3) ? $"int({Float(depth + 1)})" : $"int(f0 / 8)";
            case 9:
                return $"-{Int(depth + 1)}";
            case 10:
                // Rarely the wrong type: a type error is a legitimate ending too.
                return _choices.Chance(4) ? Any(depth + 1) : "r0.a";
            default:
                return $"acc({Int(depth + 1)})";
        }
    }

    private string Float(int depth)
    {
        var leaf = depth >= MaxExpressionDepth;
        return _choices.Next(leaf ? 2 : 6) switch
        {
            0 => FloatLiteral(),
            1 => _choices.Pick(["f0", "f1", "r0.b"]),
            2 or 3 => $"({Float(depth + 1)} {_choices.Pick(["+", "-", "*", "/"])} {(_choices.Chance(2) ? Float(depth + 1) : Int(depth + 1))})",
            4 => $"float({Int(depth + 1)})",
            _ => $"sqrt(abs({Float(depth + 1)}))",
        };
    }

    private string Bool(int depth)
    {
        var leaf = depth >= MaxExpressionDepth;
        return _choices.Next(leaf ? 2 : 6) switch
        {
            0 => $"({Int(depth + 1)} {_choices.Pick(["<", "<=", ">", ">=", "==", "!="])} {Int(depth + 1)})",
            1 => _choices.Pick(["true", "false", "nil"]),
            2 => $"({Float(depth + 1)} < {Float(depth + 1)})",
            3 => $"({Bool(depth + 1)} {_choices.Pick(["and", "or"])} {Bool(depth + 1)})",
            4 => $"!{Bool(depth + 1)}",
            _ => $"has(m0, {MapKey()})",
        };
    }

    private string String(int depth)
    {
        var leaf = depth >= MaxExpressionDepth;
        return _choices.Next(leaf ? 1 : 4) switch
        {
            0 => StringLiteral(),
            1 => $"str({Any(depth + 1)})",
            2 => $"slice(s0, {_choices.Next(4)}, {_choices.Next(8)})",
            _ => $"fixed({Float(depth + 1)}, {_choices.Next(4)})",
        };
    }

    private string Any(int depth) => _choices.Next(7) switch
    {
        0 => Int(depth),
        1 => Float(depth),
        2 => Bool(depth),
        3 => String(depth),
        4 => _choices.Pick(["l0", "m0", "r0", "nil", "[]", "{}"]),
        5 => $"m0[{MapKey()}]",
        _ => $"[{Int(depth + 1)}, {String(depth + 1)}]",
    };

    // Mostly small: extreme values are there to reach overflow now and then, not in every program.
    private string IntLiteral() => _choices.Next(40) switch
    {
        0 => "9223372036854775807",
        1 => "-9223372036854775807",
        2 or 3 or 4 => (_choices.Next(1_000_000) * 1000L).ToString(CultureInfo.InvariantCulture),
        _ => _choices.Next(20).ToString(CultureInfo.InvariantCulture),
    };

    private string FloatLiteral() => _choices.Next(12) switch
    {
        0 => "0.1",
        1 => "1e300",
        2 => "2.5e-7",
        _ => (_choices.Next(1000) / 8.0).ToString("0.0##", CultureInfo.InvariantCulture),
    };

    private string StringLiteral() => _choices.Pick(["\"\"", "\"a\"", "\"toy\"", "\"x y\"", "\"\\n\"", "\"\\\"q\\\"\""]);

    private string MapKey() => _choices.Pick(["1", "2", "1.0", "\"k\"", "\"key\"", "true", "nil"]);

    private void Line(string text) => _text.Append(' ', 4 * _indent).Append(text).Append('\n');
}
