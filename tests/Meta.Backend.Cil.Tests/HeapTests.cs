using Meta.Tracing.Execution;
using static Meta.Tracing.Execution.TraceValue;

namespace Meta.Backend.Cil.Tests;

public class HeapTests
{
    [Fact]
    public void Fields_of_every_kind_are_read_and_written()
    {
        var exit = Differential.Run(TestWorld.Parse("""
            [r0]
            i1 = getfield(r0, descr=Box.i)
            l2 = getfield(r0, descr=Box.l)
            f3 = getfield(r0, descr=Box.d)
            r4 = getfield(r0, descr=Box.r)
            i5 = int_add(i1, 1)
            setfield(r0, i5, descr=Box.i)
            setfield(r0, 77L, descr=Box.l)
            setfield(r0, 0.5, descr=Box.d)
            setfield(r0, "text", descr=Box.r)
            finish(i1, l2, f3, r4)
            """), () => [Ref(new Box { I = 41, L = -3, D = 2.5, R = "before" })]);
        Assert.Equal([Int(41), Long(-3), Float(2.5)], exit.Values.Take(3));
        Assert.Equal("before", exit.Values[3].AsRef);
    }

    [Fact]
    public void Narrow_fields_truncate_and_bools_normalize_on_store()
    {
        var box = new Box();
        var trace = TestWorld.Parse("""
            [r0]
            setfield(r0, 300, descr=Box.small)
            setfield(r0, 2, descr=Box.flag)
            setfield(r0, 0.1, descr=Box.single)
            i1 = getfield(r0, descr=Box.small)
            i2 = getfield(r0, descr=Box.flag)
            f3 = getfield(r0, descr=Box.single)
            finish(i1, i2, f3)
            """);
        var exit = Differential.Run(trace, () => [Ref(new Box())]);
        Assert.Equal([Int(44), Int(1), Float(0.1f)], exit.Values);
        Assert.Equal(ExitKind.Finish, CilBackend.Compile(trace).Execute([Ref(box)]).Kind);
        Assert.True(box.Flag);
    }

    [Fact]
    public void Static_fields_are_read_and_written()
    {
        var exit = Differential.Run("""
            []
            i0 = getstatic(descr=Box.counter)
            i1 = int_add(i0, 5)
            setstatic(i1, descr=Box.counter)
            i2 = getstatic(descr=Box.counter)
            finish(i2)
            """);
        Assert.Equal([Int(5)], exit.Values);
    }

    [Fact]
    public void Arrays_of_every_kind_are_read_written_and_measured()
    {
        var exit = Differential.Run(TestWorld.Parse("""
            [r0, r1, r2, r3, r4]
            i5 = getarrayitem(r0, 1, descr=ints)
            setarrayitem(r0, 0, i5, descr=ints)
            l6 = getarrayitem(r1, 0, descr=longs)
            setarrayitem(r1, 1, l6, descr=longs)
            f7 = getarrayitem(r2, 0, descr=doubles)
            setarrayitem(r2, 0, 1.25, descr=doubles)
            r8 = getarrayitem(r3, 0, descr=objects)
            setarrayitem(r3, 1, r8, descr=objects)
            setarrayitem(r4, 0, 511, descr=bytes)
            i9 = getarrayitem(r4, 0, descr=bytes)
            i10 = arraylen(r3)
            finish(i5, l6, f7, i9, i10)
            """), () => [Ref(new[] { 1, 2 }), Ref(new[] { 3L, 4L }), Ref(new[] { 0.5 }), Ref(new object?[] { "x", null, null }), Ref(new byte[1])]);
        Assert.Equal([Int(2), Long(3), Float(0.5), Int(255), Int(3)], exit.Values);
    }

    [Fact]
    public void New_allocates_without_running_a_constructor_and_new_array_is_zeroed()
    {
        var exit = Differential.Run("""
            []
            r0 = new(descr=Box)
            setfield(r0, 9, descr=Box.i)
            r1 = new_array(3, descr=longs)
            setarrayitem(r1, 2, 8L, descr=longs)
            setfield(r0, r1, descr=Box.r)
            r2 = new(descr=SubBox)
            i3 = ptr_eq(r0, r2)
            finish(r0, r2, i3)
            """);
        var box = Assert.IsType<Box>(exit.Values[0].AsRef);
        Assert.Equal(9, box.I);
        Assert.Equal(new long[] { 0, 0, 8 }, box.R);
        Assert.IsType<SubBox>(exit.Values[1].AsRef);
        Assert.Equal(Int(0), exit.Values[2]);
    }

    [Fact]
    public void Strings_give_length_and_chars_and_same_as_copies()
    {
        var exit = Differential.Run("""
            [r0]
            i1 = strlen(r0)
            i2 = strgetitem(r0, 1)
            r3 = same_as(r0)
            i4 = ptr_eq(r3, r0)
            i5 = ptr_ne(r3, null)
            i6 = same_as(7)
            finish(i1, i2, i4, i5, i6)
            """, Ref("héllo"));
        Assert.Equal([Int(5), Int('é'), Int(1), Int(1), Int(7)], exit.Values);
    }

    [Fact]
    public void Aliasing_between_objects_is_preserved()
    {
        var exit = Differential.Run(TestWorld.Parse("""
            [r0]
            r1 = new(descr=Box)
            setfield(r1, r0, descr=Box.r)
            setfield(r0, r1, descr=Box.r)
            finish(r1)
            """), () => [Ref(new Box())]);
        var made = (Box)exit.Values[0].AsRef!;
        Assert.Same(made, ((Box)made.R!).R);
    }

    [Fact]
    public void A_null_receiver_throws_from_both()
    {
        Assert.Throws<NullReferenceException>(() => Differential.Run("""
            [r0]
            i1 = getfield(r0, descr=Box.i)
            finish(i1)
            """, Ref(null)));
    }

    [Fact]
    public void Violated_preconditions_and_wrong_types_throw_alike_from_both()
    {
        Assert.Throws<IndexOutOfRangeException>(() => Differential.Run("[r0]\ni1 = getarrayitem(r0, 5, descr=ints)\nfinish(i1)", Ref(new int[2])));
        Assert.Throws<IndexOutOfRangeException>(() => Differential.Run("[r0]\ni1 = strgetitem(r0, 9)\nfinish(i1)", Ref("abc")));
        Assert.Throws<InvalidCastException>(() => Differential.Run("[r0]\ni1 = getfield(r0, descr=Box.i)\nfinish(i1)", Ref("not a box")));
        Assert.Throws<InvalidCastException>(() => Differential.Run("[r0]\ni1 = getarrayitem(r0, 0, descr=ints)\nfinish(i1)", Ref(new long[2])));
        Assert.Throws<InvalidCastException>(() => Differential.Run("[r0]\nl1 = call(r0, descr=Box.Sum)\nfinish(l1)", Ref("not a box")));
        Assert.Throws<ArrayTypeMismatchException>(() => Differential.Run(TestWorld.Parse("[r0, r1]\nsetarrayitem(r0, 0, r1, descr=objects)\nfinish()"),
            () => [Ref(new string[1]), Ref(new Box())]));
    }
}
