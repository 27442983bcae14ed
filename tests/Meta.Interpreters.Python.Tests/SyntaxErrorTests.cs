using Meta.Interpreters.Python.Parsing;
using Meta.Tools.ParserConformance;

namespace Meta.Interpreters.Python.Tests;

/// <summary>Runs python3 once over all snippets of <see cref="SyntaxErrorTests"/>.</summary>
public sealed class SyntaxErrorOracle
{
    public SyntaxErrorOracle()
    {
        var results = PythonOracle.RunSources(SyntaxErrorTests.Mistakes);
        Results = SyntaxErrorTests.Mistakes.Select((s, i) => (s, results[i])).ToDictionary(p => p.s, p => p.Item2);
    }

    public Dictionary<string, OracleResult> Results { get; }
}

/// <summary>
/// Common mistakes: our PythonSyntaxError must carry python3's exception class, message, line and
/// offset (1-based column).
/// </summary>
public sealed class SyntaxErrorTests(SyntaxErrorOracle oracle) : IClassFixture<SyntaxErrorOracle>
{
    public static readonly string[] Mistakes =
    [
        "x = (1,\n",
        "x = [1, 2\n",
        "x = {\n  1: 2,\n",
        "'abc\n",
        "x = 'abc\ny = 1\n",
        "'''abc\n\n",
        "if x:\npass\n",
        "for x in y:\n\n# comment\nz\n",
        "def f():\nreturn 1\n",
        "if x:\n    a\n  b\n",
        " x = 1\n",
        "x = 1\n    y = 2\n",
        "if x\n    pass\n",
        "while x\n    pass\n",
        "class A\n    pass\n",
        "for x in y\n    pass\n",
        "1 = x\n",
        "f() = 1\n",
        "x = 1 = 2\n",
        "for 1 in x: pass\n",
        "if x = 1: pass\n",
        "while f() = 1: pass\n",
        "print 'hello'\n",
        "f(a b)\n",
        "[a b]\n",
        "x = {1 2}\n",
        "a b\n",
        "x = $\n",
        "x = \u20ac\n",
        "x = 1 +\n",
        "def f(a=1, b): pass\n",
        "f(a=1, b)\n",
        "f(**a, *b)\n",
        "f(x for x in y, 1)\n",
        "f(a.b=1)\n",
        "f(True=1)\n",
        "01\n",
        "1abc\n",
        "x = 0x\n",
        "x = 1_\n",
        "x = 0b102\n",
        "x = )\n",
        "x = (]\n",
        "x = (\n]\n",
        "try:\n    pass\nx = 1\n",
        "del f()\n",
        "del 1\n",
        "(a, b) += 1\n",
        "a, b: int\n",
        "f(): int\n",
        "None = 1\n",
        "x = 1 if y\n",
        "def f(*): pass\n",
        "def f(a, /, b, /): pass\n",
        "def f(/): pass\n",
        "def f(**k, a): pass\n",
        "def f(*a=1): pass\n",
        "from x import a,\n",
        "if x:\n\ta\n        b\n",
        "x = 'a' b'c'\n",
        "f'{}'\n",
        "f'{x!z}'\n",
        "f'{x'\n",
        "f'}'\n",
        "f'{a#}'\n",
        "else: pass\n",
        "with a as 1: pass\n",
        "[x for 1 in y]\n",
        "(a.b := 1)\n",
        "x = \\ 1\n",
        "x = '\\x4'\n",
        "x = '\\N{NO SUCH NAME}'\n",
        "b'\u00e9'\n",
        "try:\n    pass\nexcept A, B:\n    pass\n",
        "try:\n    pass\nexcept* :\n    pass\n",
        "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n",
        "raise from x\n",
        "x = yield = 1\n",
        "def f(:\n    pass\n",
        "lambda x=1, y: x\n",
        "import a.b as c.d\n",
        "assert x = 1\n",
        "x = [1, 2, 3)\n",
        "return x,,\n",
        "x = 1; ;\n",
        "@\ndef f(): pass\n",
        "async x = 1\n",
        "class C(x for x in y): pass\n",
        "print(*)\n",
        "{**a: b}\n",
        "x = (yield) = 1\n",
        "def f():\n  pass\n\tpass\n",
        "x = 5 if True else pass\n",
        "match x:\n    case 1 as _: pass\n",
        "match x:\n    case f(a=1, 2): pass\n",
        "def f((a, b)): pass\n",
        "lambda (x): x\n",
        "for i or j in x: pass\n",
        "for x == y in z: pass\n",
        "[k for k, v n d]\n",
        "x = 1inflate\n",
        "x = 1andy\n",
        "x = [1for a in b] + 0x1for\n",
        "me[ta = 1\n",
        "if self.dis{tribution.x():\n    pass\n",
        "f(x.format(a=a * b$c))\n",
        "def g() -> Union[, T]:\n    pass\n",
        "x = found if found is; not None else y\n",
        "class A(x for x in y): pass\n",
        "with a as b\n    pass\n",
        "@ name = value\ndef f(): pass\n",
        "x = 1 # \u00e9\ny = (\n",
    ];

    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, Mistakes.Length)];

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Mistake_is_reported_like_python3(int index)
    {
        var source = Mistakes[index];
        var expected = oracle.Results[source];
        Assert.False(expected.Ok, $"python3 accepts {source}");
        var error = Assert.IsAssignableFrom<PythonSyntaxError>(Record.Exception(() => Parser.ParseModule(System.Text.Encoding.UTF8.GetBytes(source))));
        Assert.Equal(
            (expected.ErrorType, expected.ErrorMessage, expected.Line, expected.Offset),
            (error.PythonType, error.Msg, error.Line, error.Column));
    }
}
