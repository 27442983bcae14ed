using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Tracing.Tests.Text;

public sealed class TextFormTests
{
    private const string Loop = """
        field Frame.pc: i32
        field Frame.stack: ref immutable
        array Objects: ref
        class W_Int
        call Ops.Lookup(ref, ref) -> ref [elidable, can_raise, reads(Frame.pc), writes()]
        [r0, l1]
        i2 = getfield(r0, descr=Frame.pc)
        guard_value(i2, 12) [Interp.Run@3 locals(r0)]
        r3 = getfield(r0, descr=Frame.stack)
        r4 = getarrayitem(r3, 0, descr=Objects)
        guard_class(r4, descr=W_Int) [Interp.Run@3 locals(r0) stack(r4)]
        r5 = call_pure(r4, "name", descr=Ops.Lookup)
        l6 = long_add_ovf(l1, 1L)
        guard_no_overflow() [Interp.Run@40 locals(r0, -) stack(l1, 1L); Interp.Add@2 locals(l1)]
        f7 = long_to_float(l6)
        f8 = float_mul(f7, -0.5)
        i9 = float_lt(f8, 1E+300)
        guard_true(i9) [Interp.Run@52 locals(r0, l6)]
        jump(r0, l6)

        """;

    [Fact]
    public void A_canonical_trace_prints_as_it_was_written()
    {
        Assert.Equal(Loop, TracePrinter.Print(TraceParser.Parse(Loop)));
    }

    [Fact]
    public void Parsing_builds_the_model()
    {
        var trace = TraceParser.Parse(Loop);
        Assert.Equal([ValueKind.Ref, ValueKind.I64], trace.Inputs.Select(input => input.Kind));
        var guard = trace.Operations[4];
        Assert.Equal(Opcode.GuardClass, guard.Opcode);
        Assert.Same(trace.Operations[3], guard.Operands[0]);
        Assert.Equal("W_Int", guard.Descr!.Name);
        var resume = trace.Operations[7].Resume!;
        Assert.Equal(["Interp.Run", "Interp.Add"], resume.Frames.Select(frame => frame.Method));
        Assert.Null(resume.Frames[0].Locals[1]);
        Assert.Equal(Constant.Long(1), resume.Frames[0].Stack[1]);
        var call = (CallDescr)trace.Operations[5].Descr!;
        Assert.True(call.Effects.Elidable);
        Assert.Equal(["Frame.pc"], call.Effects.Reads.Descrs.Select(descr => descr.Name));
    }

    [Fact]
    public void Names_in_the_text_do_not_matter_and_the_printer_renumbers()
    {
        var written = "[i7, r3]\ni100 = int_add(i7, 1)\njump(i100, r3)\n";
        Assert.Equal("[i0, r1]\ni2 = int_add(i0, 1)\njump(i2, r1)\n", TracePrinter.Print(TraceParser.Parse(written)));
        Assert.True(TraceEquality.AreEqual(TraceParser.Parse(written), TraceParser.Parse("[i0, r1]\ni2 = int_add(i0, 1)\njump(i2, r1)")));
    }

    [Fact]
    public void Equality_sees_a_different_constant_operand_or_descriptor()
    {
        var basis = TraceParser.Parse("class A\nclass B\n[r0]\nguard_class(r0, descr=A) []\nfinish(1)");
        Assert.False(TraceEquality.AreEqual(basis, TraceParser.Parse("class A\nclass B\n[r0]\nguard_class(r0, descr=B) []\nfinish(1)")));
        Assert.False(TraceEquality.AreEqual(basis, TraceParser.Parse("class A\nclass B\n[r0]\nguard_class(r0, descr=A) []\nfinish(2)")));
        Assert.False(TraceEquality.AreEqual(basis, TraceParser.Parse("class A\n[r0]\nguard_class(r0, descr=A) [M@1]\nfinish(1)")));
    }

    [Fact]
    public void Objects_come_from_the_context_and_unknown_names_become_named_objects()
    {
        var code = new object();
        var context = new TraceParseContext();
        context.Objects["code"] = code;
        var trace = TraceParser.Parse("[r0]\ni1 = ptr_eq(r0, $code)\ni2 = ptr_eq(r0, $other)\nfinish(i1, i2)", context);
        Assert.Same(code, ((Constant)trace.Operations[0].Operands[1]).AsRef);
        Assert.Equal("other", Assert.IsType<NamedObject>(((Constant)trace.Operations[1].Operands[1]).AsRef).Name);
        Assert.Contains("$code", TracePrinter.Print(trace, new Dictionary<object, string> { [code] = "code" }), StringComparison.Ordinal);
        Assert.Contains("$obj1", TracePrinter.Print(trace), StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptors_can_come_from_the_context()
    {
        var context = new TraceParseContext();
        context.Descrs["Frame.pc"] = new FieldDescr("Frame.pc", ValueKind.I32);
        var trace = TraceParser.Parse("[r0]\ni1 = getfield(r0, descr=Frame.pc)\nfinish(i1)", context);
        Assert.Same(context.Descrs["Frame.pc"], trace.Operations[0].Descr);
    }

    [Theory]
    [InlineData("nan", double.NaN)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    [InlineData("-0.0", -0.0)]
    [InlineData("5E-324", double.Epsilon)]
    [InlineData("0.1", 0.1)]
    public void Floats_read_back_to_the_same_bits(string text, double value)
    {
        var trace = TraceParser.Parse($"[]\nf0 = float_abs({text})\nfinish(f0)");
        var constant = (Constant)trace.Operations[0].Operands[0];
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(constant.AsFloat));
        Assert.Equal($"[]\nf0 = float_abs({text})\nfinish(f0)\n", TracePrinter.Print(trace));
    }

    [Fact]
    public void Labels_define_targets_and_jumps_go_to_them()
    {
        var trace = TraceParser.Parse("[i0]\nlabel(i0, descr=Body)\ni1 = int_add(i0, 1)\njump(i1, descr=Body)");
        Assert.Same(trace.Operations[0].Descr, trace.Operations[2].Descr);
        Assert.Equal("[i0]\nlabel(i0, descr=Body)\ni1 = int_add(i0, 1)\njump(i1, descr=Body)\n", TracePrinter.Print(trace));
    }

    [Fact]
    public void Virtual_objects_in_resume_data_print_and_parse()
    {
        const string text = """
            class W_Int
            field W_Int.value: i64
            field W_Int.next: ref
            array Objects: ref
            [l0, r1]
            guard_true(1) [Interp.Run@3 locals(v0, r1) stack(v1)] {v0 = W_Int(W_Int.value=l0, W_Int.next=v0), v1 = Objects[v0, -, r1]}
            finish()

            """;
        var trace = TraceParser.Parse(text);
        Assert.Equal(text, TracePrinter.Print(trace));
        var resume = trace.Operations[0].Resume!;
        var boxed = Assert.IsType<VirtualObject>(resume.Frames[0].Locals[0]);
        Assert.Same(boxed, boxed.Fields[1].Value);
        Assert.Equal([trace.Inputs[1], trace.Inputs[0]], resume.LiveValues);
        Assert.Equal(2, resume.Virtuals.Count);
    }

    [Fact]
    public void Pending_writes_print_and_parse()
    {
        const string text = """
            field Frame.top: ref
            array Objects: ref
            class W_Int
            field W_Int.value: i64
            [r0, r1, i2]
            guard_true(1) [Interp.Run@3 locals(r0)] writes[setfield(r0, v0, descr=Frame.top), setarrayitem(r1, i2, r0, descr=Objects)] {v0 = W_Int(W_Int.value=7L)}
            finish()

            """;
        var trace = TraceParser.Parse(text);
        Assert.Equal(text, TracePrinter.Print(trace));
        var resume = trace.Operations[0].Resume!;
        Assert.IsType<VirtualObject>(resume.PendingWrites[0].Value);
        Assert.Equal([trace.Inputs[0], trace.Inputs[1], trace.Inputs[2]], resume.LiveValues);
    }

    [Fact]
    public void Virtualizable_fields_and_arrays_print_parse_and_compare()
    {
        const string text = """
            field Frame.pc: i32 virtualizable
            field Frame.code: ref immutable virtualizable
            array Frame.locals: ref immutable virtualizable
            [r0]
            i1 = getfield(r0, descr=Frame.pc)
            r2 = getfield(r0, descr=Frame.code)
            r3 = getarrayitem(r2, i1, descr=Frame.locals)
            finish(r3)

            """;
        var trace = TraceParser.Parse(text);
        Assert.Equal(text, TracePrinter.Print(trace));
        var pc = (FieldDescr)trace.Operations[0].Descr!;
        Assert.True(pc.IsVirtualizable);
        Assert.Equal(FieldFlags.Immutable | FieldFlags.Virtualizable, ((FieldDescr)trace.Operations[1].Descr!).Flags);
        var locals = (ArrayDescr)trace.Operations[2].Descr!;
        Assert.True(locals.IsVirtualizable && locals.ElementsImmutable);
        var plain = TraceParser.Parse(text.Replace("i32 virtualizable", "i32").Replace("ref immutable virtualizable\n[", "ref immutable\n["));
        Assert.False(TraceEquality.AreEqual(trace, plain));
        Assert.False(TraceEquality.AreEqual(trace, TraceParser.Parse(text.Replace("i32 virtualizable", "i32"))));
    }

    [Theory]
    [InlineData("array A: i32 virtual\n[]\nfinish()", 1, 14, "expected an array flag: immutable or virtualizable")]
    [InlineData("field F: i32 frame\n[]\nfinish()", 1, 14, "expected a field flag: immutable, quasi_immutable, static or virtualizable")]
    public void Unknown_descriptor_flags_are_reported(string text, int line, int column, string problem)
    {
        var error = Assert.Throws<TraceSyntaxException>(() => TraceParser.Parse(text));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("class C\n[]\nguard_true(1) [M@1 locals(v0)]\nfinish()", 3, 27, "expected v0 to be described")]
    [InlineData("class C\n[]\nguard_true(1) [M@1] {v0 = C()}\nfinish()", 3, 22, "v0 is described but no frame refers to it")]
    [InlineData("class C\nfield C.x: i32\n[]\nguard_true(1) [M@1 locals(v0)] {v0 = C(C.x=1.5)}\nfinish()", 4, 1, "guard_true: virtual C has field C.x set to a f64")]
    public void Bad_virtuals_are_reported(string text, int line, int column, string problem)
    {
        var error = Assert.Throws<TraceSyntaxException>(() => TraceParser.Parse(text));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
    }
}
