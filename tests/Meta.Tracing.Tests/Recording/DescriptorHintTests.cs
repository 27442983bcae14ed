using Meta.Jit;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;

namespace Meta.Tracing.Tests.Recording;

/// <summary>[Virtualizable] and [ImmutableElements] as the recorder's descriptors see them.</summary>
public sealed class DescriptorHintTests
{
    [Virtualizable("pc", "Depth", "locals[*]")]
    private class Frame
    {
        public int _pc = 1;
        public int Depth = 2;
        public int Other = 3;
        public readonly long[] Locals = new long[4];
        public readonly long[] Scratch = new long[4];
    }

    private sealed class DerivedFrame : Frame
    {
        public int Extra = 4;
    }

    private static FieldDescr Field(Type type, string name) =>
        Descriptors.Field(type.GetField(name, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public)!);

    [Fact]
    public void Listed_fields_are_virtualizable_by_exact_name_or_ignoring_case_and_a_leading_underscore()
    {
        Assert.True(Field(typeof(Frame), "_pc").IsVirtualizable);
        Assert.True(Field(typeof(Frame), "Depth").IsVirtualizable);
        Assert.True(Field(typeof(Frame), "Locals").IsVirtualizable);
        Assert.True(Field(typeof(Frame), "Locals").IsImmutable);
        Assert.False(Field(typeof(Frame), "Other").IsVirtualizable);
        Assert.False(Field(typeof(Frame), "Scratch").IsVirtualizable);
        Assert.False(Field(typeof(DerivedFrame), "Extra").IsVirtualizable);
    }

    [Fact]
    public void Items_of_an_array_read_from_a_listed_array_field_get_the_virtualizable_descriptor()
    {
        var frame = new Frame();
        var recorder = new Recorder(100);
        var shadow = recorder.Input(ValueKind.Ref);
        var plain = Descriptors.Array(typeof(long[]));
        var locals = recorder.GetField(shadow, Field(typeof(Frame), "Locals"), TraceValue.Ref(frame.Locals));
        var scratch = recorder.GetField(shadow, Field(typeof(Frame), "Scratch"), TraceValue.Ref(frame.Scratch));
        var local = (Operation)recorder.GetArrayItem(locals, Constant.Int(1), plain, TraceValue.Long(0));
        recorder.SetArrayItem(locals, Constant.Int(2), plain, local);
        var other = (Operation)recorder.GetArrayItem(scratch, Constant.Int(1), plain, TraceValue.Long(0));

        var items = Assert.IsType<ArrayDescr>(local.Descr);
        Assert.True(items.IsVirtualizable);
        Assert.Equal(ValueKind.I64, items.ElementKind);
        Assert.Same(items, recorder.Operations[^2].Descr);
        Assert.Same(plain, other.Descr);
        Assert.False(plain.IsVirtualizable);
    }

    private sealed class Code
    {
        [ImmutableElements] public readonly int[] Ops = [7, 8, 9];
        public readonly int[] Scratch = [1, 2, 3];
    }

    [Fact]
    public void Items_of_an_immutable_elements_array_of_a_constant_object_at_constant_indexes_are_constants()
    {
        var code = new Code();
        var recorder = new Recorder(100);
        var index = recorder.Input(ValueKind.I32);
        var plain = Descriptors.Array(typeof(int[]));
        var ops = recorder.GetField(Constant.Ref(code), Descriptors.Field(typeof(Code).GetField("Ops")!), TraceValue.Ref(code.Ops));
        var scratch = recorder.GetField(Constant.Ref(code), Descriptors.Field(typeof(Code).GetField("Scratch")!), TraceValue.Ref(code.Scratch));
        Assert.Equal(Constant.Int(8), recorder.GetArrayItem(ops, Constant.Int(1), plain, TraceValue.Int(8)));
        Assert.IsType<Operation>(recorder.GetArrayItem(scratch, Constant.Int(1), plain, TraceValue.Int(2)));
        Assert.IsType<Operation>(recorder.GetArrayItem(ops, index, plain, TraceValue.Int(8)));
    }

    [Fact]
    public void Items_of_an_immutable_elements_array_of_another_object_get_the_immutable_descriptor()
    {
        var code = new Code();
        var recorder = new Recorder(100);
        var shadow = recorder.Input(ValueKind.Ref);
        var ops = recorder.GetField(shadow, Descriptors.Field(typeof(Code).GetField("Ops")!), TraceValue.Ref(code.Ops));
        var item = (Operation)recorder.GetArrayItem(ops, Constant.Int(0), Descriptors.Array(typeof(int[])), TraceValue.Int(7));
        Assert.True(((ArrayDescr)item.Descr!).ElementsImmutable);
    }
}
