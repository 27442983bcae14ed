using Meta.Tracing.IR;
using Meta.Tracing.Text;

namespace Meta.Optimizer.Tests.Soundness;

/// <summary>
/// The descriptors, call bodies and starting heaps of the heap passes' soundness test: an
/// interpreter frame (virtualizable pc and locals), objects of class P (fields x, y, an immutable
/// id, next), int arrays, and calls whose bodies do what their effect info declares.
/// </summary>
public sealed class HeapWorld
{
    public readonly ClassDescr Frame = new("Frame");
    public readonly ClassDescr P = new("P");
    public readonly FieldDescr Pc = new("Frame.pc", ValueKind.I32, FieldFlags.Virtualizable);
    public readonly FieldDescr Locals = new("Frame.locals", ValueKind.Ref, FieldFlags.Immutable | FieldFlags.Virtualizable);
    public readonly ArrayDescr Values = new("Frame.values", ValueKind.Ref, virtualizable: true);
    public readonly FieldDescr X = new("P.x", ValueKind.I32);
    public readonly FieldDescr Y = new("P.y", ValueKind.I32);
    public readonly FieldDescr Id = new("P.id", ValueKind.I32, FieldFlags.Immutable);
    public readonly FieldDescr Next = new("P.next", ValueKind.Ref);
    public readonly FieldDescr FrameOf = new("P.frame", ValueKind.Ref);
    public readonly ArrayDescr Ints = new("Ints", ValueKind.I32);
    public readonly FieldDescr Version = new("P.version", ValueKind.I32, FieldFlags.QuasiImmutable);
    public readonly FieldDescr Count = new("G.count", ValueKind.I32, FieldFlags.Static);
    private readonly ClassDescr _staticsType = new("statics");

    public HeapWorld()
    {
        Context = new TraceParseContext();
        foreach (var descr in new Descr[] { Frame, P, Pc, Locals, Values, X, Y, Id, Next, FrameOf, Ints, Version, Count })
        {
            Context.Descrs.Add(descr.Name, descr);
        }
        AddCall("Bump", [ValueKind.Ref], ValueKind.Void, new EffectInfo(false, false, false, EffectSet.Of(X), EffectSet.Of(X)), args =>
        {
            var p = Obj(args[0]);
            p.Fields[X] = (int)HeapMachine.Read(p.Fields, X)! + 1;
            return null;
        });
        AddCall("ReadX", [ValueKind.Ref], ValueKind.I32, new EffectInfo(false, false, false, EffectSet.Of(X), EffectSet.None),
            args => HeapMachine.Read(Obj(args[0]).Fields, X));
        AddCall("Link", [ValueKind.Ref, ValueKind.Ref], ValueKind.Void, new EffectInfo(false, false, false, EffectSet.None, EffectSet.Of(Next)), args =>
        {
            Obj(args[0]).Fields[Next] = args[1];
            return null;
        });
        AddCall("Any", [ValueKind.Ref], ValueKind.I32, EffectInfo.Unknown, args =>
        {
            var p = Obj(args[0]);
            var x = (int)HeapMachine.Read(p.Fields, X)!;
            var y = x * 3 + (int)HeapMachine.Read(p.Fields, Y)!;
            p.Fields[Y] = y;
            if (HeapMachine.Read(p.Fields, Next) is HeapObject next)
            {
                next.Fields[X] = (int)HeapMachine.Read(next.Fields, X)! + y;
            }
            var statics = Obj(args[^1]);
            statics.Fields[Count] = (int)HeapMachine.Read(statics.Fields, Count)! + 1;
            return x + y;
        });
        AddCall("Fill", [ValueKind.Ref, ValueKind.I32], ValueKind.Void, new EffectInfo(false, false, false, EffectSet.None, EffectSet.Of(Ints)), args =>
        {
            Obj(args[0]).Items[0] = args[1];
            return null;
        });
        // Calls that look at the frame: declared with `forces` (Peek) or called with call_may_force (Poke).
        AddCall("Peek", [ValueKind.Ref], ValueKind.I32, new EffectInfo(false, false, true, EffectSet.None, EffectSet.None), args =>
        {
            var frame = Obj(args[0]);
            var pc = (int)HeapMachine.Read(frame.Fields, Pc)!;
            frame.Fields[Pc] = pc + 7;
            return pc + (Obj(HeapMachine.Read(frame.Fields, Locals)).Items[0] is null ? 0 : 100);
        });
        AddCall("Poke", [ValueKind.Ref], ValueKind.Void, new EffectInfo(false, false, false, EffectSet.None, EffectSet.None), args =>
        {
            var frame = Obj(args[0]);
            var locals = Obj(HeapMachine.Read(frame.Fields, Locals));
            locals.Items[1] = locals.Items[0];
            frame.Fields[Pc] = (int)HeapMachine.Read(frame.Fields, Pc)! + 1;
            return null;
        });
    }

    public TraceParseContext Context { get; }

    public Dictionary<string, Func<object?[], object?>> Calls { get; } = [];

    private void AddCall(string name, ValueKind[] parameters, ValueKind result, EffectInfo effects, Func<object?[], object?> body)
    {
        Context.Descrs.Add(name, new CallDescr(name, parameters, result, effects));
        Calls.Add(name, body);
    }

    private static HeapObject Obj(object? value) => (HeapObject)value!;

    /// <summary>A fresh holder of the static fields.</summary>
    public HeapObject Statics()
    {
        var statics = new HeapObject(_staticsType);
        statics.Fields[Count] = 3;
        return statics;
    }

    /// <summary>
    /// The inputs [frame, p1, p2, p3, ints, index, n] over a fresh heap. <paramref name="shape"/>
    /// picks the aliasing: p3 is p1, p2, or an object of its own; and whether the chain of next
    /// ends in null.
    /// </summary>
    public List<object?> Inputs(int shape, int index, int n)
    {
        HeapObject NewP(int x, int y, int id)
        {
            var p = new HeapObject(P);
            p.Fields[X] = x;
            p.Fields[Y] = y;
            p.Fields[Id] = id;
            p.Fields[Version] = id + 1;
            return p;
        }
        var p1 = NewP(1, 2, 10);
        var p2 = NewP(3, 4, 20);
        var p3 = (shape % 3) switch { 0 => p1, 1 => p2, _ => NewP(5, 6, 30) };
        p1.Fields[Next] = p2;
        p2.Fields[Next] = shape / 3 % 2 == 0 ? p3 : null;
        p3.Fields.TryAdd(Next, p1);
        var locals = new HeapObject(Values, 3);
        locals.Items[0] = p2;
        locals.Items[2] = p1;
        var frame = new HeapObject(Frame);
        frame.Fields[Pc] = 5;
        frame.Fields[Locals] = locals;
        var ints = new HeapObject(Ints, 3);
        ints.Items[0] = 7;
        ints.Items[1] = -1;
        return [frame, p1, p2, p3, ints, index, n];
    }
}
