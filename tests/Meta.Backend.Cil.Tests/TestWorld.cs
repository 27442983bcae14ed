using System.Reflection;
using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Backend.Cil.Tests;

/// <summary>The descriptors of the test classes, for trace text to name without declaring.</summary>
public static class TestWorld
{
    private const BindingFlags Instance = BindingFlags.Public | BindingFlags.Instance;

    public static readonly FieldDescr BoxI = new("Box.i", ValueKind.I32) { Field = typeof(Box).GetField(nameof(Box.I)) };
    public static readonly FieldDescr BoxL = new("Box.l", ValueKind.I64) { Field = typeof(Box).GetField(nameof(Box.L)) };
    public static readonly FieldDescr BoxD = new("Box.d", ValueKind.F64) { Field = typeof(Box).GetField(nameof(Box.D)) };
    public static readonly FieldDescr BoxR = new("Box.r", ValueKind.Ref) { Field = typeof(Box).GetField(nameof(Box.R)) };
    public static readonly FieldDescr BoxFlag = new("Box.flag", ValueKind.I32) { Field = typeof(Box).GetField(nameof(Box.Flag)) };
    public static readonly FieldDescr BoxSmall = new("Box.small", ValueKind.I32) { Field = typeof(Box).GetField(nameof(Box.Small)) };
    public static readonly FieldDescr BoxSingle = new("Box.single", ValueKind.F64) { Field = typeof(Box).GetField(nameof(Box.Single)) };
    public static readonly FieldDescr BoxCounter = new("Box.counter", ValueKind.I32, FieldFlags.Static) { Field = typeof(Box).GetField(nameof(Box.Counter)) };

    public static readonly ArrayDescr IntArray = new("ints", ValueKind.I32) { ElementType = typeof(int) };
    public static readonly ArrayDescr LongArray = new("longs", ValueKind.I64) { ElementType = typeof(long) };
    public static readonly ArrayDescr DoubleArray = new("doubles", ValueKind.F64) { ElementType = typeof(double) };
    public static readonly ArrayDescr ObjectArray = new("objects", ValueKind.Ref) { ElementType = typeof(object) };
    public static readonly ArrayDescr ByteArray = new("bytes", ValueKind.I32) { ElementType = typeof(byte) };

    public static readonly ClassDescr BoxClass = new("Box") { Type = typeof(Box) };
    public static readonly ClassDescr SubBoxClass = new("SubBox") { Type = typeof(SubBox) };
    public static readonly ClassDescr TestErrorClass = new("TestError") { Type = typeof(TestError) };
    public static readonly ClassDescr DivideByZeroClass = new("DivideByZeroException") { Type = typeof(DivideByZeroException) };

    private static readonly EffectInfo PureEffects = new(true, false, false, EffectSet.None, EffectSet.None);
    private static readonly EffectInfo RaisingEffects = new(false, true, false, EffectSet.None, EffectSet.None);

    public static readonly CallDescr Mix = Static("mix", nameof(Helpers.Mix), [ValueKind.I32, ValueKind.I32], ValueKind.I32, PureEffects);
    public static readonly CallDescr Scale = Static("scale", nameof(Helpers.Scale), [ValueKind.F64, ValueKind.I64], ValueKind.F64, PureEffects);
    public static readonly CallDescr Divide = Static("divide", nameof(Helpers.Divide), [ValueKind.I32, ValueKind.I32], ValueKind.I32, RaisingEffects);
    public static readonly CallDescr Bump = Static("bump", nameof(Helpers.Bump), [ValueKind.Ref], ValueKind.Void,
        new EffectInfo(false, false, false, EffectSet.Of(BoxI), EffectSet.Of(BoxI)));
    public static readonly CallDescr Raise = Static("raise", nameof(Helpers.Raise), [ValueKind.I32], ValueKind.I64, RaisingEffects);
    // Effect info must name what a callee reads: the heap cache delays writes past calls that do not.
    public static readonly CallDescr Pick = Static("pick", nameof(Helpers.Pick), [ValueKind.Ref, ValueKind.I32], ValueKind.Ref,
        new EffectInfo(true, false, false, EffectSet.Of(BoxR), EffectSet.None));
    public static readonly CallDescr IsOdd = Static("is_odd", nameof(Helpers.IsOdd), [ValueKind.I32], ValueKind.I32, PureEffects);
    public static readonly CallDescr BoxSum = new("Box.Sum", [ValueKind.Ref], ValueKind.I64,
        new EffectInfo(true, false, false, EffectSet.Of(BoxI, BoxL), EffectSet.None)) { Method = typeof(Box).GetMethod(nameof(Box.Sum), Instance) };
    public static readonly CallDescr BoxKind = new("Box.Kind", [ValueKind.Ref], ValueKind.I32, PureEffects) { Method = typeof(Box).GetMethod(nameof(Box.Kind), Instance) };

    private static CallDescr Static(string name, string method, ValueKind[] parameters, ValueKind result, EffectInfo effects) =>
        new(name, parameters, result, effects) { Method = typeof(Helpers).GetMethod(method) };

    public static IEnumerable<Descr> All =>
    [
        BoxI, BoxL, BoxD, BoxR, BoxFlag, BoxSmall, BoxSingle, BoxCounter,
        IntArray, LongArray, DoubleArray, ObjectArray, ByteArray,
        BoxClass, SubBoxClass, TestErrorClass, DivideByZeroClass,
        Mix, Scale, Divide, Bump, Raise, Pick, IsOdd, BoxSum, BoxKind,
    ];

    public static TraceParseContext Context()
    {
        var context = new TraceParseContext();
        foreach (var descr in All)
        {
            context.Descrs.Add(descr.Name, descr);
        }
        return context;
    }

    public static Trace Parse(string text) => TraceParser.Parse(text, Context());
}
