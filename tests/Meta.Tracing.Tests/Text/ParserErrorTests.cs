using Meta.Tracing.Text;

namespace Meta.Tracing.Tests.Text;

/// <summary>Malformed trace text is reported with its line, column and what was expected there.</summary>
public sealed class ParserErrorTests
{
    [Theory]
    [InlineData("[i0]\ni1 = int_add(i0, 1\nfinish()", 2, 19, "expected ',', found end of line")]
    [InlineData("[i0]\ni1 = int_ad(i0, 1)\nfinish()", 2, 6, "expected an operation, found 'int_ad'")]
    [InlineData("[i0]\ni1 = int_add(i0, i7)\nfinish()", 2, 18, "expected a value defined earlier, found 'i7'")]
    [InlineData("[i0]\nl1 = int_add(i0, 1)\nfinish()", 2, 1, "expected a name starting with 'i' for the i32 result of int_add, found 'l1'")]
    [InlineData("[i0]\nint_add(i0, 1)\nfinish()", 2, 1, "expected a result name before int_add")]
    [InlineData("[i0]\nguard_true(i0)\nfinish()", 2, 15, "expected resume data '[...]' after a guard, found end of line")]
    [InlineData("[i0]\nguard_true(i0) [Interp.Run@x]\nfinish()", 2, 28, "expected an IL offset, found 'x'")]
    [InlineData("[i0, q1]\nfinish()", 1, 6, "expected an input name such as i0, l1, f2, r3, found 'q1'")]
    [InlineData("i1 = int_add(1, 2)\nfinish()", 1, 1, "expected a declaration (field, array, class, call, target) or the input list '[', found 'i1'")]
    [InlineData("[r0]\ni1 = getfield(r0, descr=Frame.pc)\nfinish()", 2, 25, "expected a declared descriptor, found 'Frame.pc'")]
    [InlineData("field Frame.pc: int\n[r0]\nfinish()", 1, 17, "expected a kind: i32, i64, f64 or ref, found 'int'")]
    [InlineData("[i0]\ni1 = int_add(i0, 1)\n", 2, 1, "the trace does not end with jump or finish")]
    [InlineData("[i0]\ni1 = int_add(i0, 1.5)\nfinish()", 2, 1, "int_add: operand 1 is f64, expected i32")]
    [InlineData("[i0]\ni1 = int_add(i0, \"abc)\nfinish()", 2, 23, "expected a closing '\"', found end of line")]
    [InlineData("[i0]\ni1 = int_add(i0, 12x)\nfinish()", 2, 20, "expected a separator after the number, found 'x'")]
    [InlineData("[i0]\ni1 = int_add(i0, 1) extra\nfinish()", 2, 21, "expected end of line, found 'extra'")]
    [InlineData("[i0]\ni1 = int_add(i0, 1)\ni1 = int_sub(i0, 1)\nfinish()", 3, 1, "i1 is defined twice")]
    [InlineData("[i0]\ni1 = int_add_ovf(i0, 1)\nfinish(i1)", 2, 1, "int_add_ovf: an overflow operation must be followed by guard_no_overflow or guard_overflow")]
    [InlineData("[i0]\njump(i0, i0)", 2, 1, "jump: takes 1 operands, has 2")]
    [InlineData("[i0]\ni1 = int_add(i0, 99999999999)\nfinish()", 2, 18, "expected an i32 constant (add L for i64), found '99999999999'")]
    [InlineData("[i0]\ni1 = int_add(i0, 1)\n  ? \nfinish()", 3, 3, "expected a token, found '?'")]
    [InlineData("call f(i32) -> i32 [pure]\n[i0]\nfinish()", 1, 21, "expected an effect: elidable, can_raise, forces, reads(...) or writes(...), found 'pure'")]
    [InlineData("class C\nclass C\n[i0]\nfinish()", 2, 7, "descriptor C is declared twice")]
    [InlineData("[i0]\nlabel(i0, descr=L)\ni1 = int_add(i0, 1)\nlabel(i1, descr=L)\njump(i1, descr=L)", 4, 1, "label: target L is defined twice")]
    public void Reports_line_column_and_what_was_expected(string text, int line, int column, string problem)
    {
        var error = Assert.Throws<TraceSyntaxException>(() => TraceParser.Parse(text));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"line {line}, column {column}: ", error.Message, StringComparison.Ordinal);
    }
}
