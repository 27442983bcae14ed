namespace Meta.Interpreters.Toy.Tests;

/// <summary>The rules of docs/toylang.md, one by one, on small programs.</summary>
public class SemanticsTests
{
    [Theory]
    [InlineData("print(9223372036854775807 + 1);")]
    [InlineData("print(-9223372036854775807 - 2);")]
    [InlineData("print(4294967296 * 4294967296);")]
    [InlineData("print(-(-9223372036854775807 - 1));")]
    [InlineData("print((-9223372036854775807 - 1) / -1);")]
    [InlineData("print(abs(-9223372036854775807 - 1));")]
    public void Int_overflow_is_a_runtime_error(string source)
    {
        Assert.Equal("integer overflow", Toy.Error(source));
    }

    [Fact]
    public void Int_division_truncates_and_the_remainder_follows_the_dividend()
    {
        Assert.Equal("3 -3 -3 3 1 -1 1 -1 0\n", Toy.Output("print(7 / 2, -7 / 2, 7 / -2, -7 / -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, (-9223372036854775807 - 1) % -1);"));
        Assert.Equal("division by zero", Toy.Error("print(1 % 0);"));
        Assert.Equal("inf nan\n", Toy.Output("print(1 / 0.0, 0.0 / 0);"));
    }

    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("1.0 / 3", "0.3333333333333333")]
    [InlineData("2.0 / 3", "0.6666666666666666")]
    [InlineData("1e16", "1e+16")]
    [InlineData("9999999999999998.0", "9999999999999998.0")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("0.00001234", "1.234e-05")]
    [InlineData("123456789012345678.0", "1.2345678901234568e+17")]
    [InlineData("5e-324", "5e-324")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("100.0", "100.0")]
    [InlineData("float(2**0)", "")]
    public void Floats_print_like_python_repr(string expression, string expected)
    {
        if (expected == "")
        {
            // '**' is not an operator: the only syntax error in this table.
            Assert.Contains("unexpected '*'", Toy.Error($"print({expression});"));
            return;
        }
        Assert.Equal(expected + "\n", Toy.Output($"print({expression});"));
    }

    [Fact]
    public void Closures_capture_variables_by_reference()
    {
        var output = Toy.Output("""
            fun make() {
                var x = 1;
                var get = fun() { return x; };
                x = 2;
                var set = fun(v) { x = v; };
                return [get, set];
            }
            var p = make();
            print(p[0]());
            p[1](3);
            print(p[0]());
            """);
        Assert.Equal("2\n3\n", output);
    }

    [Fact]
    public void Each_loop_iteration_declares_fresh_variables()
    {
        Assert.Equal("[0, 1, 2] [10, 11, 12]\n", Toy.Output("""
            var a = [];
            var b = [];
            for i in range(3) { append(a, fun() { return i; }); var j = i + 10; append(b, fun() { return j; }); }
            print([a[0](), a[1](), a[2]()], [b[0](), b[1](), b[2]()]);
            """));
    }

    [Fact]
    public void Closures_of_closures_share_the_outer_cell_through_the_middle_function()
    {
        Assert.Equal("3\n", Toy.Output("""
            fun outer() {
                var n = 0;
                fun middle() { return fun() { n = n + 1; return n; }; }
                var inc = middle();
                inc(); inc();
                return inc();
            }
            print(outer());
            """));
    }

    [Fact]
    public void Globals_are_looked_up_when_used_so_functions_can_be_declared_in_any_order()
    {
        Assert.Equal("8\n", Toy.Output("fun a() { return b() * 2; } fun b() { return c; } var c = 4; print(a());"));
        Assert.Equal("undefined variable 'c'", Toy.Error("fun b() { return c; } print(b()); var c = 1;"));
        Assert.Equal("undefined variable 'q' (declare it with var)", Toy.Error("q = 1;"));
    }

    [Fact]
    public void Builtins_are_globals_that_a_program_may_shadow()
    {
        Assert.Equal("5\n", Toy.Output("var len = fun(x) { return 5; }; print(len([]));"));
    }

    [Fact]
    public void Equality_compares_numbers_by_value_strings_by_contents_and_the_rest_by_identity()
    {
        Assert.Equal("true true false false true false true\n", Toy.Output(
            "var l = [1]; print(1 == 1.0, \"ab\" == \"a\" + \"b\", [1] == [1], nil == false, l == l, 1 == \"1\", nil == nil);"));
    }

    [Fact]
    public void Comparisons_need_two_numbers_or_two_strings()
    {
        Assert.Equal("unsupported operands for '<': int and string", Toy.Error("print(1 < \"2\");"));
        Assert.Equal("false false false\n", Toy.Output("var nan = 0.0 / 0; print(nan < 1, nan >= 1, nan == nan);"));
    }

    [Fact]
    public void Runtime_errors_report_the_innermost_position()
    {
        var outcome = Toy.Run("fun f(x) {\n  return x[5];\n}\nf([1]);\n", "p.toy");
        Assert.Equal("p.toy:2:11: error: list index 5 out of range (length 1)", outcome.Error);
        Assert.False(outcome.IsSyntaxError);
    }

    [Fact]
    public void Deep_recursion_is_a_clean_stack_overflow_error()
    {
        Assert.Equal("stack overflow (more than 10000 nested calls)", Toy.Error("fun f(n) { return f(n + 1); } f(0);"));
        // Recursion just under the limit works.
        Assert.Equal("9999\n", Toy.Output("fun d(n) { if n == 0 { return 0; } return 1 + d(n - 1); } print(d(9999));"));
    }

    [Fact]
    public void The_recursion_limit_is_a_setting_of_the_session()
    {
        var outcome = Toy.Run("fun f(n) { return f(n + 1); } f(0);", maxDepth: 50);
        Assert.Equal("test.toy:1:19: error: stack overflow (more than 50 nested calls)", outcome.Error);
    }

    [Fact]
    public void Recursion_through_builtins_and_records_is_still_counted()
    {
        // Deep data: printing a list nested 5000 deep is refused rather than crashing.
        Assert.Contains("nested more than", Toy.Error("var l = []; for i in range(5000) { l = [l]; } print(l);"));
    }

    [Theory]
    [InlineData("record P(x); var p = P(1); print(p.y);", "P has no field 'y'")]
    [InlineData("var x = 1; print(x.y);", "cannot read field 'y' of a int")]
    [InlineData("record P(x); print(P(1, 2));", "P() expects 1 field value, got 2")]
    [InlineData("print(len(1));", "len() of a int")]
    [InlineData("print(len());", "len() expects 1 argument, got 0")]
    [InlineData("print(range(1, 2, 0));", "range() step must not be zero")]
    [InlineData("print(3());", "cannot call a int")]
    [InlineData("for x in 3 { }", "cannot iterate over a int")]
    [InlineData("var m = {}; m[[1]] = 2;", "a list cannot be a map key")]
    [InlineData("var s = \"abc\"; s[0] = \"x\";", "strings are immutable")]
    [InlineData("print(\"abc\"[3]);", "string index 3 out of range (length 3)")]
    [InlineData("print([1][\"0\"]);", "list index must be an int, not a string")]
    [InlineData("print(int(\"4x\"));", "int() cannot convert \"4x\"")]
    [InlineData("print(int(1e300));", "cannot convert 1e+300 to int")]
    [InlineData("print(pop([]));", "pop from an empty list")]
    [InlineData("error(\"custom \" + str(42));", "custom 42")]
    [InlineData("print(-\"a\");", "bad operand for unary '-': string")]
    [InlineData("print(min([]));", "min() of an empty list")]
    public void Runtime_errors_have_clear_messages(string source, string message)
    {
        Assert.Equal(message, Toy.Error(source));
    }

    [Fact]
    public void Output_before_an_error_is_kept()
    {
        var outcome = Toy.Run("print(1); print(2 / 0);");
        Assert.Equal("1\n", outcome.Output);
        Assert.Equal("test.toy:1:19: error: division by zero", outcome.Error);
    }

    [Fact]
    public void Lists_and_maps_iterate_over_items_added_during_the_loop()
    {
        Assert.Equal("[1, 2, 3, 2, 3, 3]\n", Toy.Output("var l = [1, 2, 3]; for x in l { if x < 3 { append(l, x + 1); } } print(l);"));
        Assert.Equal("[\"a\", \"b\"]\n", Toy.Output("var m = {\"a\": 1}; var seen = []; for k in m { append(seen, k); if k == \"a\" { m[\"b\"] = 2; } } print(seen);"));
    }

    [Fact]
    public void Ranges_count_up_down_and_stop_at_the_ends_of_the_ints()
    {
        Assert.Equal("range too long", Toy.Error("print(len(range(-9223372036854775807 - 1, 9223372036854775807)));"));
        Assert.Equal("[0, 1, 2] [5, 3, 1] [] 3 4611686018427387904 [9223372036854775805]\n", Toy.Output("""
            fun all(r) { var l = []; for x in r { append(l, x); } return l; }
            var big = [];
            for x in range(9223372036854775805, 9223372036854775807, 5) { append(big, x); }
            print(all(range(3)), all(range(5, 0, -2)), all(range(2, 2)), len(range(0, 9, 3)), len(range(-9223372036854775807 - 1, 9223372036854775807, 4)), big);
            """));
    }

    [Fact]
    public void Short_circuit_operators_skip_the_right_side()
    {
        Assert.Equal("false nil 1 x\n", Toy.Output("print(false and undefinedName, nil and 1, 1 or undefinedName, nil or \"x\");"));
    }
}
