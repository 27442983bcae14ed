using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Parsing;
using Meta.Tools.ParserConformance;

namespace Meta.Interpreters.Python.Tests;

/// <summary>Runs python3 once over all snippets of <see cref="SnippetTests"/>.</summary>
public sealed class SnippetOracle
{
    public SnippetOracle()
    {
        var results = PythonOracle.RunSources(SnippetTests.Snippets.Select(s => s.Source).ToList(), includeAttributes: true);
        Results = SnippetTests.Snippets.Select((s, i) => (s.Name, results[i])).ToDictionary(p => p.Name, p => p.Item2);
    }

    public Dictionary<string, OracleResult> Results { get; }
}

/// <summary>Targeted constructs of the 3.11 grammar, each compared with python3's dump (positions included).</summary>
public sealed class SnippetTests(SnippetOracle oracle) : IClassFixture<SnippetOracle>
{
    public static readonly (string Name, string Source)[] Snippets =
    [
        ("assignments", "a = b = c\na, *b = c\n[a, b] = c\na.b[c] = d\nx: int\ny: list[int] = []\n(z): int = 1\na.b: int\n"),
        ("augmented", "a += 1\na -= 1\na *= 1\na @= 1\na /= 1\na //= 1\na %= 1\na **= 1\na >>= 1\na <<= 1\na &= 1\na ^= 1\na |= 1\n"),
        ("operators", "x = a + b * c ** -d // e % f @ g - h << i >> j & k ^ l | m\ny = not a and b or c\nz = a < b <= c > d >= e == f != g in h not in i is j is not k\n"),
        ("power_and_unary", "x = -a ** -b\ny = ~+-a\nz = await_ = 1\n"),
        ("numbers", "x = [0, 1_000, 0x_Ff, 0o17, 0b1010, 1.5, 1e10, 1E-5, .5, 5., 1_0.0_1e+1_0, 3j, 1.5J, 0.0, 00, 1e500, 12345678901234567890123]\n"),
        ("string_prefixes", "x = ['a', \"b\", r'\\n', b'x', rb'\\x', Rb'y', BR'z', u'u', f'{a}', fr'{b}\\n', Rf'{c}', F'd', '''t\nq''', \"\"\"u\"\"\"]\n"),
        ("string_escapes", "x = '\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"\\0\\12\\123\\x41\\u00e9\\U0001F600\\N{BULLET}\\N{latin small letter a}\\q'\ny = b'\\x00\\xff\\n\\7\\777'\n"),
        ("string_concat", "x = 'a' 'b' \"c\"\ny = b'a' b'b'\nz = 'a' f'{b}' 'c' f'{d!r:>{w}}'\nu = u'a' 'b'\n"),
        ("fstrings", "f'{x=}'\nf'{x = !s:>10}'\nf'{x!a}'\nf'{{}}{x}}}'\nf'{x:{y}.{z}}'\nf'{\"nested\"}'\nf'''{x\n+ y}'''\nf'{x:}'\nf'{a[\"b\"]:>3}'\nf'{x!=y}'\nf'{(lambda: 1)()}'\n"),
        ("fstring_debug_exprs", "f'{a + b = }'\nf'{a=:5}'\nf'{a=!r:5}'\nf'{3.14=:.1f}'\n"),
        ("calls", "f()\nf(a, b=1, *c, **d)\nf(*a, *b, c=1, **d, e=2)\nf(x for x in y)\nf(a)(b)[c].d\nf(a, *b, c, d=e)\n"),
        ("subscripts", "a[1]\na[1:2]\na[::3]\na[1:2, 3]\na[:, None]\na[*b]\na[b, *c]\na[()]\na[x:=1]\n"),
        ("comprehensions", "[x for x in y if x if z for w in x]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x async for x in y)\n[(a, b) for a, in c]\n"),
        ("displays", "()\n(1,)\n(1, 2)\n[]\n[1, *a]\n{}\n{1, *a}\n{1: 2, **d, 3: 4}\n{**a}\n"),
        ("lambdas", "lambda: 0\nlambda a, /, b=1, *c, d, e=2, **f: 0\nlambda *, a: a\nlambda *a, **b: 0\nlambda a=lambda: 1: a\n"),
        ("conditional_and_walrus", "x = a if b else c if d else e\nif (n := len(a)) > 10: pass\n[y := f(x), y**2]\nwhile chunk := f.read(): pass\n"),
        ("functions", "def f(): pass\ndef g(a, b: int = 1, /, c=2, *d: str, e, f: int = 3, **g: dict) -> None:\n    return a\nasync def h():\n    await x\n    async for a in b: pass\n    async with c as d: pass\n"),
        ("star_annotation", "def f(*args: *Ts): pass\n"),
        ("decorators", "@a\n@b.c(d)\n@e[f]\n@(lambda x: x)\ndef g(): pass\n@dec\nclass C: pass\n@x\nasync def h(): pass\n"),
        ("classes", "class A: pass\nclass B(A, metaclass=M, **kw):\n    x = 1\n    def m(self): ...\nclass C(): pass\n"),
        ("if_elif_else", "if a:\n    pass\nelif b:\n    pass\nelif c: pass\nelse:\n    pass\n"),
        ("loops", "for x in y: pass\nelse: pass\nfor a, (b, c) in d: break\nfor *a, b in c: continue\nwhile x:\n    pass\nelse:\n    x = 1\nfor x in *a, *b: pass\n"),
        ("with_statements", "with a: pass\nwith a as b, c as (d, e): pass\nwith (a as b, c as d,): pass\nwith (a, b): pass\nwith (a): pass\nwith (yield): pass\n"),
        ("try_statements", "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\ntry: pass\nfinally: pass\n"),
        ("try_star", "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* (A, B):\n    pass\n"),
        ("imports", "import a\nimport a.b.c as d, e\nfrom . import x\nfrom .. import (y, z as w,)\nfrom ...a.b import *\nfrom .... import q\n"),
        ("simple_statements", "pass; break; continue\nglobal a, b\nnonlocal c\ndel a, b[1], c.d\ndel (a, b), [c]\nassert x, 'msg'\nraise\nraise E\nraise E from e\nreturn\nreturn 1, 2\nreturn *a, b\n"),
        ("yield_forms", "def g():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield\n    y = yield from z\n    await (yield)\n    f((yield))\n"),
        ("match_literals", "match x:\n    case 1 | -2 | 3.5 | 1+2j | -1-2j | 'a' 'b' | b'c' | None | True | False:\n        pass\n"),
        ("match_structures", "match x:\n    case [a, *rest]: pass\n    case (a, b, *_): pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_): pass\n    case Point(1, 2, z=3): pass\n    case a.b.c: pass\n    case _: pass\n"),
        ("match_as_and_guard", "match x, y:\n    case (1 | 2) as z if z > 0: pass\n    case [a, b] as c: pass\n    case a, b: pass\n    case (): pass\n    case []: pass\n    case {}: pass\n    case (*_,): pass\n"),
        ("match_soft_keyword", "match = 1\nmatch.x = 2\nmatch(a)\nmatch[1]\ncase = 3\n_ = 4\nprint(match, case)\n"),
        ("positions_unicode", "s = 'héllo' + x\nπ = 3.14\nd = {'日本': 語}\n"),
        ("line_continuation", "x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n"),
        ("implicit_joining", "x = [\n    1,\n    2,  # comment\n]\ny = f(a,\n      b)\n"),
        ("tabs_indent", "if a:\n\tb = 1\n\tif c:\n\t\tpass\n"),
        ("comments_and_blank_lines", "# comment\n\n\nx = 1  # trailing\n\n    # indented comment\ny = 2\n"),
        ("no_trailing_newline", "x = 1"),
        ("crlf_newlines", "x = 1\r\nif x:\r\n    y = 2\r\n"),
        ("semicolons", "a = 1; b = 2;\nif x: a; b\n"),
        ("ellipsis_and_constants", "...\nx = None, True, False, ...\n"),
        ("slices_in_tuple", "a[1:2, ::3, ...]\n"),
        ("global_statements_in_function", "def f():\n    global x\n    def g():\n        nonlocal y\n"),
        ("starred_assignments", "*a, = b\na, *b, c = d\n[*a] = b\n"),
        ("chained_comparisons", "a < b < c\nnot a == b\na is not b is c\n"),
        ("empty_module", ""),
        ("only_comments", "# just a comment\n"),
        ("bom_source", "\uFEFFx = 1\n"),
        ("non_ascii_identifiers", "ｗｉｄｔｈ = 1\nµ = 2\n"),
        ("unicode_name_escapes", "x = '\\N{NULL}\\N{BYTE ORDER MARK}\\N{ZWJ}\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}\\N{EM DASH}'\n"),
        ("surrogate_escapes", "x = '\\ud834\\udd1e'\ny = '\\ud800'\n"),
    ];

    public static TheoryData<string> Names => [.. Snippets.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Snippet_parses_like_python3(string name)
    {
        var source = Snippets.Single(s => s.Name == name).Source;
        var expected = oracle.Results[name];
        Assert.True(expected.Ok, $"python3 rejects the snippet: {expected.ErrorMessage}");
        var ours = AstDumper.Dump(Parser.ParseModule(System.Text.Encoding.UTF8.GetBytes(source)), includeAttributes: true);
        Assert.Equal(expected.Dump, ours);
    }
}
