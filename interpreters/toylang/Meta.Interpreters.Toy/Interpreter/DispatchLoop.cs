using Meta.Interpreters.Toy.Builtins;
using Meta.Interpreters.Toy.Bytecode;
using Meta.Interpreters.Toy.Runtime;
using Meta.Jit;

namespace Meta.Interpreters.Toy.Interpreter;

/// <summary>
/// The bytecode interpreter: one loop that reads the instruction at pc and does it. This is the
/// JIT's portal: pc and the code object are the greens (a position in the toylang program),
/// the frame is the only red. Each toylang call runs this method again for the new frame.
/// </summary>
public static class DispatchLoop
{
    private static readonly JitDriver Driver = new("toy", greens: ["pc", "code"], reds: ["frame"], virtualizable: "frame");

    /// <summary>The driver, for the CLI to set the JIT's parameters on.</summary>
    public static JitDriver JitDriver => Driver;

    /// <summary>Runs a program's main code in a fresh frame.</summary>
    public static Value Run(CodeObject main, Context context) =>
        Execute(main, new Frame(main.LocalCount, main.MaxStack, [], 0, context));

    /// <summary>Runs <paramref name="code"/> in <paramref name="frame"/> until it returns.</summary>
    public static Value Execute(CodeObject code, Frame frame)
    {
        var pc = 0;
        try
        {
            while (true)
            {
                Driver.MergePoint(pc, code, frame);
                // The compiler fixes the stack depth at each pc: promoted, every stack slot the
                // instruction touches has a constant index, and compiled code keeps the stack in
                // registers instead of memory.
                frame.StackDepth = Hints.Promote(frame.StackDepth);
                var arg = code.Args[pc];
                switch (code.Ops[pc])
                {
                    case Op.LoadConst:
                        frame.Push(code.Constants[arg]);
                        pc++;
                        break;
                    case Op.LoadNil:
                        frame.Push(NilValue.Instance);
                        pc++;
                        break;
                    case Op.LoadTrue:
                        frame.Push(BoolValue.True);
                        pc++;
                        break;
                    case Op.LoadFalse:
                        frame.Push(BoolValue.False);
                        pc++;
                        break;
                    case Op.LoadLocal:
                        frame.Push(frame.Locals[arg]);
                        pc++;
                        break;
                    case Op.StoreLocal:
                        frame.Locals[arg] = frame.Pop();
                        pc++;
                        break;
                    case Op.LoadCell:
                        frame.Push(((Cell)frame.Locals[arg]).Content);
                        pc++;
                        break;
                    case Op.StoreCell:
                        ((Cell)frame.Locals[arg]).Content = frame.Pop();
                        pc++;
                        break;
                    case Op.NewCell:
                        frame.Locals[arg] = new Cell(NilValue.Instance);
                        pc++;
                        break;
                    case Op.LoadFree:
                        frame.Push(frame.Cells[arg].Content);
                        pc++;
                        break;
                    case Op.StoreFree:
                        frame.Cells[arg].Content = frame.Pop();
                        pc++;
                        break;
                    case Op.LoadGlobal:
                        frame.Push(LoadGlobal(frame.Context.Globals, arg));
                        pc++;
                        break;
                    case Op.StoreGlobal:
                        StoreGlobal(frame.Context.Globals, arg, frame.Pop());
                        pc++;
                        break;
                    case Op.DefineGlobal:
                        frame.Context.Globals.Values[arg] = frame.Pop();
                        pc++;
                        break;
                    case Op.Pop:
                        frame.Pop();
                        pc++;
                        break;
                    case Op.Echo:
                        BuiltinCalls.Echo(frame.Context.Output, frame.Pop());
                        pc++;
                        break;
                    case Op.Add:
                        {
                            var right = frame.Pop();
                            frame.Push(Arithmetic.Add(frame.Pop(), right));
                            pc++;
                            break;
                        }
                    case Op.Subtract:
                        {
                            var right = frame.Pop();
                            frame.Push(Arithmetic.Subtract(frame.Pop(), right));
                            pc++;
                            break;
                        }
                    case Op.Multiply:
                        {
                            var right = frame.Pop();
                            frame.Push(Arithmetic.Multiply(frame.Pop(), right));
                            pc++;
                            break;
                        }
                    case Op.Divide:
                        {
                            var right = frame.Pop();
                            frame.Push(Arithmetic.Divide(frame.Pop(), right));
                            pc++;
                            break;
                        }
                    case Op.Modulo:
                        {
                            var right = frame.Pop();
                            frame.Push(Arithmetic.Modulo(frame.Pop(), right));
                            pc++;
                            break;
                        }
                    case Op.Equal:
                        {
                            var right = frame.Pop();
                            frame.Push(BoolValue.Of(Equality.AreEqual(frame.Pop(), right)));
                            pc++;
                            break;
                        }
                    case Op.NotEqual:
                        {
                            var right = frame.Pop();
                            frame.Push(BoolValue.Of(!Equality.AreEqual(frame.Pop(), right)));
                            pc++;
                            break;
                        }
                    case Op.Less:
                        {
                            var right = frame.Pop();
                            frame.Push(Arithmetic.Less(frame.Pop(), right));
                            pc++;
                            break;
                        }
                    case Op.LessEqual:
                        {
                            var right = frame.Pop();
                            frame.Push(Arithmetic.LessEqual(frame.Pop(), right));
                            pc++;
                            break;
                        }
                    case Op.Greater:
                        {
                            var right = frame.Pop();
                            frame.Push(Arithmetic.Greater(frame.Pop(), right));
                            pc++;
                            break;
                        }
                    case Op.GreaterEqual:
                        {
                            var right = frame.Pop();
                            frame.Push(Arithmetic.GreaterEqual(frame.Pop(), right));
                            pc++;
                            break;
                        }
                    case Op.Negate:
                        frame.Push(Arithmetic.Negate(frame.Pop()));
                        pc++;
                        break;
                    case Op.Not:
                        frame.Push(BoolValue.Of(!Value.IsTruthy(frame.Pop())));
                        pc++;
                        break;
                    case Op.Jump:
                        pc = arg;
                        break;
                    case Op.Loop:
                        pc = arg;
                        // The end of a user loop: where the JIT counts iterations and enters compiled code.
                        Driver.CanEnterJit(pc, code, frame);
                        break;
                    case Op.JumpIfFalse:
                        pc = Value.IsTruthy(frame.Pop()) ? pc + 1 : arg;
                        break;
                    case Op.JumpIfFalseKeep:
                        if (Value.IsTruthy(frame.Peek()))
                        {
                            frame.Pop();
                            pc++;
                        }
                        else
                        {
                            pc = arg;
                        }
                        break;
                    case Op.JumpIfTrueKeep:
                        if (Value.IsTruthy(frame.Peek()))
                        {
                            pc = arg;
                        }
                        else
                        {
                            frame.Pop();
                            pc++;
                        }
                        break;
                    case Op.BuildList:
                        frame.Push(BuildList(frame, arg));
                        pc++;
                        break;
                    case Op.BuildMap:
                        frame.Push(BuildMap(frame, arg));
                        pc++;
                        break;
                    case Op.GetIndex:
                        {
                            var key = frame.Pop();
                            frame.Push(Indexing.Get(frame.Pop(), key));
                            pc++;
                            break;
                        }
                    case Op.SetIndex:
                        {
                            var value = frame.Pop();
                            var key = frame.Pop();
                            Indexing.Set(frame.Pop(), key, value);
                            pc++;
                            break;
                        }
                    case Op.GetField:
                        frame.Push(Indexing.GetField(frame.Pop(), code.Names[arg]));
                        pc++;
                        break;
                    case Op.SetField:
                        {
                            var value = frame.Pop();
                            Indexing.SetField(frame.Pop(), code.Names[arg], value);
                            pc++;
                            break;
                        }
                    case Op.MakeClosure:
                        frame.Push(Calls.MakeClosure(code.Functions[arg], frame));
                        pc++;
                        break;
                    case Op.Call:
                        {
                            var result = Calls.Call(frame, arg);
                            Calls.DropCall(frame, arg);
                            frame.Push(result);
                            pc++;
                            break;
                        }
                    case Op.Return:
                        return frame.Pop();
                    case Op.GetIter:
                        frame.Push(Iterator.For(frame.Pop()));
                        pc++;
                        break;
                    case Op.ForIter:
                        {
                            var item = ((Iterator)frame.Peek()).Next();
                            if (item is null)
                            {
                                frame.Pop();
                                pc = arg;
                            }
                            else
                            {
                                frame.Push(item);
                                pc++;
                            }
                            break;
                        }
                    default:
                        throw Errors.UnknownInstruction(code.Ops[pc], pc, code.Name);
                }
            }
        }
        catch (ToyError error)
        {
            // The innermost frame knows where the error happened: the instruction at pc.
            if (!error.HasPosition)
            {
                error.At(code.File, code.Lines[pc], code.Columns[pc]);
            }
            throw;
        }
    }

    private static Value LoadGlobal(Globals globals, int slot) =>
        globals.Values[slot] ?? throw Errors.UndefinedVariable(globals.NameOf(slot), assigning: false);

    private static void StoreGlobal(Globals globals, int slot, Value value)
    {
        if (globals.Values[slot] is null)
        {
            throw Errors.UndefinedVariable(globals.NameOf(slot), assigning: true);
        }
        globals.Values[slot] = value;
    }

    [UnrollSafe]
    private static ListValue BuildList(Frame frame, int count)
    {
        var items = new Value[count];
        for (var i = count - 1; i >= 0; i--)
        {
            items[i] = frame.Pop();
        }
        return new ListValue(items, count);
    }

    // Entries go in in source order: a repeated key keeps its first position and its last value.
    [UnrollSafe]
    private static MapValue BuildMap(Frame frame, int count)
    {
        var map = new MapValue();
        var first = frame.StackDepth - (2 * count);
        for (var i = 0; i < count; i++)
        {
            map.Set(frame.Stack[first + (2 * i)], frame.Stack[first + (2 * i) + 1]);
        }
        for (var i = 0; i < 2 * count; i++)
        {
            frame.Pop();
        }
        return map;
    }
}
