using System.Text;

namespace Meta.Optimizer.Tests.Soundness;

/// <summary>
/// Random traces over <see cref="HeapWorld"/>: field and array reads and writes on inputs that
/// may alias and on fresh objects, frame accesses, calls of every effect, guards that sometimes
/// fail with random values in their resume data, ending in finish or in a loop-closing jump.
/// Inputs: [r0 frame, r1 r2 r3 objects of P, r4 int array of 3, i5 an index 0..2, i6 an int].
/// </summary>
public sealed class HeapTraceGenerator(Random random)
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _ints = ["i5", "i6"];
    private readonly List<string> _objects = ["r1", "r2", "r3"];
    private readonly List<(string Name, int Length)> _arrays = [("r4", 3)];
    private readonly List<string> _frames = ["r0"];
    private int _next = 7;
    private int _guards;

    public string Generate(int length)
    {
        _text.AppendLine("[r0, r1, r2, r3, r4, i5, i6]");
        for (var i = 0; i < length; i++)
        {
            Step();
        }
        if (random.Next(2) == 0)
        {
            var loopArray = Pick(_arrays.Where(array => array.Length >= 3).ToList()).Name;
            Line($"jump(r0, {Object()}, {Object()}, {Object()}, {loopArray}, i5, {Int()})");
        }
        else
        {
            var values = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(2) == 0 ? Int() : Object());
            Line($"finish({string.Join(", ", values)})");
        }
        return _text.ToString();
    }

    private void Step()
    {
        switch (random.Next(28))
        {
            case 26:
                Line($"setfield({Object()}, {Pick(_frames)}, descr=P.frame)");
                break;
            case 27:
                // A frame loaded from the heap: it may be the trace's frame or an inlined one.
                var loaded = NewValue('r', $"getfield({Object()}, descr=P.frame)");
                Guard($"guard_nonnull({loaded})");
                _frames.Add(loaded);
                break;
            case 22:
                Guard("guard_not_invalidated()");
                NewInt($"getfield({Object()}, descr=P.version)");
                break;
            case 23:
                NewInt("getstatic(descr=G.count)");
                break;
            case 24:
                Line($"setstatic({IntOrConstant()}, descr=G.count)");
                break;
            case 25:
                // The frame of an inlined call: allocated in the trace, with its own locals.
                var frame = NewValue('r', "new(descr=Frame)");
                var frameLocals = NewValue('r', "new_array(3, descr=Frame.values)");
                Line($"setfield({frame}, {frameLocals}, descr=Frame.locals)");
                _frames.Add(frame);
                break;
            case 0 or 1:
                NewInt($"getfield({Object()}, descr={Pick(["P.x", "P.y", "P.id"])})");
                break;
            case 2 or 3:
                Line($"setfield({Object()}, {IntOrConstant()}, descr={Pick(["P.x", "P.y"])})");
                break;
            case 4:
                NonNullObject($"getfield({Object()}, descr=P.next)");
                break;
            case 5:
                Line($"setfield({Object()}, {Object()}, descr=P.next)");
                break;
            case 6:
                var fresh = NewValue('r', "new(descr=P)");
                if (random.Next(2) == 0)
                {
                    Line($"setfield({fresh}, {IntOrConstant()}, descr=P.id)");
                }
                _objects.Add(fresh);
                break;
            case 7:
                var length = Pick([2, 3, 4, 20]);
                _arrays.Add((NewValue('r', $"new_array({length}, descr=Ints)"), length));
                break;
            case 8 or 9:
                var (read, readLength) = Pick(_arrays);
                NewInt($"getarrayitem({read}, {Index(readLength)}, descr=Ints)");
                break;
            case 10 or 11:
                var (written, writtenLength) = Pick(_arrays);
                Line($"setarrayitem({written}, {Index(writtenLength)}, {IntOrConstant()}, descr=Ints)");
                break;
            case 12:
                NewInt($"arraylen({Pick(_arrays).Name})");
                break;
            case 13:
                NewInt($"int_add({Int()}, {IntOrConstant()})");
                break;
            case 14:
                var condition = NewValue('i', $"int_lt({Int()}, {random.Next(-2, 12)})");
                Guard($"{Pick(["guard_true", "guard_false"])}({condition})");
                break;
            case 15:
                Guard($"guard_class({Object()}, descr=P)");
                break;
            case 16:
                Call();
                break;
            case 17 or 18:
                Frame();
                break;
            case 19:
                if (random.Next(2) == 0)
                {
                    NewInt($"call({AnyFrame()}, descr=Peek)");
                }
                else
                {
                    Line($"call_may_force({AnyFrame()}, descr=Poke)");
                }
                break;
            case 20:
                NewInt($"{Pick(["ptr_eq", "ptr_ne"])}({Object()}, {Object()})");
                break;
            default:
                Guard("guard_not_invalidated()");
                break;
        }
    }

    private void Call()
    {
        switch (random.Next(5))
        {
            case 0:
                Line($"call({Object()}, descr=Bump)");
                break;
            case 1:
                NewInt($"call({Object()}, descr=ReadX)");
                break;
            case 2:
                Line($"call({Object()}, {Object()}, descr=Link)");
                break;
            case 3:
                NewInt($"call({Object()}, descr=Any)");
                break;
            default:
                Line($"call({Pick(_arrays).Name}, {IntOrConstant()}, descr=Fill)");
                break;
        }
    }

    private void Frame()
    {
        var frame = AnyFrame();
        switch (random.Next(4))
        {
            case 0:
                NewInt($"getfield({frame}, descr=Frame.pc)");
                break;
            case 1:
                Line($"setfield({frame}, {IntOrConstant()}, descr=Frame.pc)");
                break;
            case 2:
                var locals = NewValue('r', $"getfield({frame}, descr=Frame.locals)");
                NonNullObject($"getarrayitem({locals}, {random.Next(3)}, descr=Frame.values)");
                break;
            default:
                var array = NewValue('r', $"getfield({frame}, descr=Frame.locals)");
                Line($"setarrayitem({array}, {(random.Next(2) == 0 ? "i5" : random.Next(3).ToString())}, {Object()}, descr=Frame.values)");
                break;
        }
    }

    /// <summary>A ref that may be null: guarded, then usable as an object of P.</summary>
    private void NonNullObject(string expression)
    {
        var value = NewValue('r', expression);
        Guard($"guard_nonnull({value})");
        _objects.Add(value);
    }

    private void Guard(string guard)
    {
        var slots = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(3) switch
        {
            0 => Int(),
            1 => Object(),
            _ => random.Next(2) == 0 ? Pick(_frames) : Pick(_arrays).Name,
        });
        Line($"{guard} [T@{++_guards} locals({string.Join(", ", slots)})]");
    }

    /// <summary>The trace's frame, mostly, or an inlined one.</summary>
    private string AnyFrame() => random.Next(3) == 0 ? Pick(_frames) : "r0";

    private string Index(int length) => length >= 3 && random.Next(3) == 0 ? "i5" : random.Next(length).ToString();

    private string Int() => Pick(_ints);

    private string IntOrConstant() => random.Next(3) == 0 ? random.Next(-3, 10).ToString() : Int();

    private string Object() => Pick(_objects);

    private void NewInt(string expression) => _ints.Add(NewValue('i', expression));

    private string NewValue(char prefix, string expression)
    {
        var name = $"{prefix}{_next++}";
        Line($"{name} = {expression}");
        return name;
    }

    private void Line(string line) => _text.AppendLine(line);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
