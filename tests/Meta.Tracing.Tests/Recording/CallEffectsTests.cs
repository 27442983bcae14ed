using System.Text;
using Meta.Tracing.Recording;

namespace Meta.Tracing.Tests.Recording;

/// <summary>What a residual call may do, as <see cref="Descriptors.Call"/> classifies it.</summary>
public sealed class CallEffectsTests
{
    public static int Helper(int x) => x + 1;

    public static object Reach(object frame) => frame;

    [Fact]
    public void Math_and_string_queries_are_pure_intrinsics()
    {
        foreach (var method in new[]
        {
            typeof(Math).GetMethod(nameof(Math.Sqrt), [typeof(double)])!,
            typeof(string).GetMethod("get_Length")!,
            typeof(string).GetMethod("get_Chars")!,
            typeof(double).GetMethod(nameof(double.IsNaN), [typeof(double)])!,
        })
        {
            var effects = Descriptors.Call(method).Effects;
            Assert.True(effects.Elidable && !effects.ForcesVirtualizable, method.Name);
        }
    }

    [Fact]
    public void A_library_call_on_plain_data_does_not_force_the_frame_but_one_that_can_reach_objects_does()
    {
        var plain = Descriptors.Call(typeof(Console).GetMethod(nameof(Console.Beep), [])!).Effects;
        Assert.False(plain.Elidable || plain.ForcesVirtualizable);
        var builder = Descriptors.Call(typeof(StringBuilder).GetMethod(nameof(StringBuilder.Append), [typeof(string)])!).Effects;
        Assert.True(builder.ForcesVirtualizable);
        var monitor = Descriptors.Call(typeof(Monitor).GetMethod(nameof(Monitor.Enter), [typeof(object)])!).Effects;
        Assert.True(monitor.ForcesVirtualizable);
    }

    [Fact]
    public void Calls_of_interpreter_code_force_the_frame()
    {
        Assert.True(Descriptors.Call(typeof(CallEffectsTests).GetMethod(nameof(Helper))!).Effects.ForcesVirtualizable);
        Assert.True(Descriptors.Call(typeof(CallEffectsTests).GetMethod(nameof(Reach))!).Effects.ForcesVirtualizable);
    }
}
