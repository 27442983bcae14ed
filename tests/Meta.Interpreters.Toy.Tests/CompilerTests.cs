using Meta.Interpreters.Toy.Builtins;
using Meta.Interpreters.Toy.Bytecode;
using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Tests;

public class CompilerTests
{
    private static CodeObject Compile(string source)
    {
        var globals = new Globals();
        BuiltinTable.DefineAll(globals);
        return Compiler.CompileProgram(source, "t.toy", globals);
    }

    private static IEnumerable<CodeObject> AllCode(CodeObject code) => code.Functions.SelectMany(AllCode).Prepend(code);

    private static CodeObject Function(CodeObject main, string name) => AllCode(main).Single(c => c.Name == name);

    [Fact]
    public void A_function_compiles_to_stack_code_over_its_locals()
    {
        var add = Function(Compile("fun add(a, b) { var c = a + b; return c; }"), "add");
        Assert.Equal(
            [Op.LoadLocal, Op.LoadLocal, Op.Add, Op.StoreLocal, Op.LoadLocal, Op.Return, Op.LoadNil, Op.Return],
            add.Ops);
        Assert.Equal([0, 1, 0, 2, 2, 0, 0, 0], add.Args);
        Assert.Equal((2, 3, 2), (add.Arity, add.LocalCount, add.MaxStack));
    }

    [Fact]
    public void Only_loop_ends_and_continue_jump_backward()
    {
        var main = Compile("""
            fun f(xs) {
                var n = 0;
                while n < 10 { if n == 3 { n = n + 2; continue; } n = n + 1; }
                for x in xs { if x { break; } else { continue; } }
                return n > 1 and n < 20 or false;
            }
            """);
        foreach (var code in AllCode(main))
        {
            for (var pc = 0; pc < code.Ops.Length; pc++)
            {
                var op = code.Ops[pc];
                if (op == Op.Loop)
                {
                    Assert.True(code.Args[pc] <= pc, $"Loop at {pc} jumps forward");
                }
                else if (op is Op.Jump or Op.JumpIfFalse or Op.JumpIfFalseKeep or Op.JumpIfTrueKeep or Op.ForIter)
                {
                    Assert.True(code.Args[pc] > pc && code.Args[pc] <= code.Ops.Length, $"{op} at {pc} does not jump forward");
                }
            }
        }
        // The ends of both loops and both continues.
        Assert.Equal(4, Function(main, "f").Ops.Count(op => op == Op.Loop));
    }

    [Fact]
    public void Captured_variables_live_in_cells_and_closures_say_where_to_find_them()
    {
        var main = Compile("""
            fun outer(p) {
                var a = 1;
                var unused = 2;
                fun middle() {
                    fun inner() { return a + p; }
                    return inner;
                }
                return middle;
            }
            """);
        var outer = Function(main, "outer");
        // p (a captured parameter) moves into a cell first; a is declared as a cell; unused is a plain local.
        Assert.Equal([Op.LoadLocal, Op.NewCell, Op.StoreCell, Op.NewCell, Op.LoadConst, Op.StoreCell, Op.LoadConst, Op.StoreLocal], outer.Ops.Take(8));
        var middle = Function(main, "middle");
        var inner = Function(main, "inner");
        // middle passes on both cells, from outer's locals a (slot 1) and p (slot 0), in the order inner first used them.
        Assert.Equal([1, 0], middle.CaptureFrom);
        Assert.Equal([-1, -2], inner.CaptureFrom);
        Assert.Equal([Op.LoadFree, Op.LoadFree, Op.Add, Op.Return], inner.Ops.Take(4));
    }

    [Fact]
    public void Top_level_variables_no_function_names_are_locals_of_the_main_code()
    {
        var main = Compile("var g = 1; var h = 2; fun f() { return g; } if g { var l = 2; print(l + g + h); }");
        // g is named by f: a global; h is not: a local, as is the block's l.
        Assert.Equal(2, main.Ops.Count(op => op == Op.DefineGlobal));
        Assert.Equal(2, main.LocalCount);
    }

    [Fact]
    public void In_the_repl_every_top_level_variable_is_a_global()
    {
        var main = Compiler.CompileProgram("var g = 1; if g { var l = 2; print(l + g); }", "<stdin>", new Globals(), echo: true);
        Assert.Contains(Op.DefineGlobal, main.Ops);
        Assert.Contains(Op.StoreLocal, main.Ops);
        Assert.Equal(1, main.LocalCount);
    }

    [Fact]
    public void Max_stack_covers_the_deepest_expression_and_the_loop_iterators()
    {
        var main = Compile("fun f() { for a in [1] { for b in [2] { return [1, [2, [3, 4]]]; } } }");
        var f = Function(main, "f");
        // Two iterators, then 1, 2, 3 and 4 are on the stack together before the innermost list is built.
        Assert.Equal(2 + 4, f.MaxStack);
    }

    [Fact]
    public void Every_instruction_has_a_source_position()
    {
        var main = Compile("fun f(x) {\n  return x / 0;\n}\nprint(f(1));");
        var f = Function(main, "f");
        var divide = Array.IndexOf(f.Ops, Op.Divide);
        Assert.Equal((2, 12), (f.Lines[divide], f.Columns[divide]));
    }

    [Theory]
    [InlineData("break;", "t.toy:1:1: error: 'break' outside a loop")]
    [InlineData("fun f() { continue; }", "t.toy:1:11: error: 'continue' outside a loop")]
    [InlineData("return 1;", "t.toy:1:1: error: 'return' outside a function")]
    [InlineData("while true { fun f() { break; } }", "t.toy:1:24: error: 'break' outside a loop")]
    public void Misplaced_jumps_are_syntax_errors(string source, string expected)
    {
        var error = Assert.Throws<ToyError>(() => Compile(source));
        Assert.True(error.IsSyntaxError);
        Assert.Equal(expected, error.Format());
    }

    [Fact]
    public void The_disassembler_shows_positions_arguments_and_what_they_name()
    {
        var globals = new Globals();
        var code = Compiler.CompileProgram("record P(x);\nfun get(p) {\n  return p.x + 1;\n}\n", "t.toy", globals);
        var text = Disassembler.Disassemble(code, globals);
        Assert.Contains("== main (arity 0, 0 locals, stack 1) ==", text);
        Assert.Contains("LoadConst       0  (<record P>)", text);
        Assert.Contains("DefineGlobal    1  (get)", text);
        Assert.Contains("== main.get (arity 1, 1 locals, stack 2) ==", text);
        Assert.Contains("    1  3:12    GetField        0  (x)", text);
        Assert.Contains("    3  3:14    Add\n", text);
    }
}
