using Meta.Interpreters.Python.Ast;
using Meta.Interpreters.Python.Builtins;
using Meta.Interpreters.Python.Compiler;
using Meta.Interpreters.Python.Modules;
using Meta.Interpreters.Python.Objects;
using Meta.Jit;

namespace Meta.Interpreters.Python.Interpreter;

/// <summary>
/// The dispatch loop: the JIT's portal (DESIGN.md §2, docs/hints.md). One C# activation per
/// Python frame (calls recurse in C#; the CLI runs us on a thread with a large stack and
/// <see cref="PyThreadState.RecursionLimit"/> bounds the depth first, as CPython's counter does).
/// Exceptions travel as <see cref="PyError"/>; <see cref="Execute"/> catches them and unwinds
/// the frame's block stack (CPython 3.10's SETUP_FINALLY model, Python/ceval.c).
/// </summary>
public static partial class Interp
{
    private static readonly JitDriver Driver = new("python", greens: ["pc", "code"], reds: ["frame"], virtualizable: "frame");

    /// <summary>The dispatch loop's driver: metapy attaches the JIT runtime to it.</summary>
    public static JitDriver JitDriver => Driver;

    /// <summary>Runs a frame to its return or yield; an uncaught Python exception leaves as a <see cref="PyError"/>.</summary>
    public static PyObject Execute(Frame frame)
    {
        var result = Run(frame);
        if (result is null)
        {
            throw TakePending().ToError();
        }
        return result;
    }

    private static PyException TakePending()
    {
        var pending = PyThreadState.Pending!;
        PyThreadState.Pending = null;
        return pending;
    }

    /// <summary>
    /// Runs a frame; null means an exception left it and waits in <see cref="PyThreadState.Pending"/>.
    /// Python-to-Python calls use this protocol, so an exception unwinding through Python frames
    /// costs no .NET throw (only natives throw, once, into the nearest Python frame).
    /// </summary>
    internal static PyObject? Run(Frame frame)
    {
        // The counted limit comes first; past a few thousand frames the CLR stack is checked too,
        // so a raised sys.setrecursionlimit still ends in RecursionError, never a stack overflow.
        if (++PyThreadState.Depth > PyThreadState.RecursionLimit
            || (PyThreadState.Depth > 2000 && !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            PyThreadState.Depth--;
            throw Errors.New(TypeObjects.RecursionError, "maximum recursion depth exceeded");
        }
        var caller = PyThreadState.Current;
        PyThreadState.Current = frame;
        try
        {
            while (true)
            {
                try
                {
                    return Loop(frame);
                }
                catch (PyError e)
                {
                    if (!HandleException(frame, e.Value))
                    {
                        PyThreadState.Pending = e.Value;
                        return null;
                    }
                }
            }
        }
        finally
        {
            PyThreadState.Depth--;
            PyThreadState.Current = caller;
        }
    }

    /// <summary>An exception arrived in the frame without a throw: true when a handler of the frame takes it.</summary>
    private static bool Raised(Frame frame, PyException exc)
    {
        if (HandleException(frame, exc))
        {
            return true;
        }
        PyThreadState.Pending = exc;
        return false;
    }

    /// <summary>Records the traceback entry, then finds the innermost handler of the frame (false when none).</summary>
    [DontLookInside]
    private static bool HandleException(Frame frame, PyException exc)
    {
        if (exc.Traceback.Count == 0 || !ReferenceEquals(exc.LastFrame, frame))
        {
            exc.OriginFrame ??= frame;
            exc.Traceback.Add(new TracebackEntry(frame.Code, frame.Line, frame.Globals));
            exc.LastFrame = frame;
            var handled = PyThreadState.Handled;
            if (exc.Context is null && handled is not null && !ReferenceEquals(handled, exc))
            {
                exc.Context = handled;
            }
        }
        while (frame.BlockCount > 0)
        {
            frame.BlockCount--;
            var b = frame.BlockCount * 3;
            var kind = frame.Blocks[b];
            var level = frame.Blocks[b + 2];
            if (kind == Frame.BlockHandler)
            {
                while (frame.Sp > level)
                {
                    frame.Pop();
                }
                frame.Push((PyObject?)PyThreadState.Handled ?? PyNone.Instance);
                frame.Push(exc);
                PyThreadState.Handled = exc;
                frame.Pc = frame.Blocks[b + 1];
                return true;
            }
            // A cleanup block (level counts the handler's [previous, exc] pair): the previous
            // exception comes back into force. A Reraise may already have popped exc.
            var previous = frame.Stack[level - 2];
            while (frame.Sp > level - 2)
            {
                frame.Pop();
            }
            PyThreadState.Handled = previous as PyException;
        }
        return false;
    }

    private static PyObject? Loop(Frame frame)
    {
        var code = frame.Code;
        var pc = frame.Pc;
        while (true)
        {
            Driver.MergePoint(pc, code, frame);
            frame.Pc = pc;
            var op = (Opcode)code.Ops[pc];
            var arg = code.Args[pc];
            pc++;
            switch (op)
            {
                case Opcode.Nop:
                    break;
                case Opcode.PopTop:
                    frame.PopValue();
                    break;
                case Opcode.RotTwo:
                    {
                        var a = frame.PopValue();
                        var b = frame.PopValue();
                        frame.PushValue(a);
                        frame.PushValue(b);
                        break;
                    }
                case Opcode.RotThree:
                    {
                        var a = frame.PopValue();
                        var b = frame.PopValue();
                        var c = frame.PopValue();
                        frame.PushValue(a);
                        frame.PushValue(c);
                        frame.PushValue(b);
                        break;
                    }
                case Opcode.DupTop:
                    frame.PushValue(frame.PeekValue(1));
                    break;
                case Opcode.DupTopTwo:
                    {
                        var a = frame.PeekValue(2);
                        var b = frame.PeekValue(1);
                        frame.PushValue(a);
                        frame.PushValue(b);
                        break;
                    }
                case Opcode.LoadConst:
                    frame.Push(code.Consts[arg]);
                    break;
                case Opcode.LoadFast:
                    {
                        var value = frame.Locals[arg] ?? throw UnboundLocal(code.VarNames[arg]);
                        var next = LoadFastAttribute(frame, code, pc, value);
                        if (next >= 0)
                        {
                            pc = next;
                            break;
                        }
                        frame.PushValue(value);
                        break;
                    }
                case Opcode.StoreFast:
                    frame.Locals[arg] = frame.PopValue();
                    break;
                case Opcode.DeleteFast:
                    if (frame.Locals[arg] is null)
                    {
                        throw UnboundLocal(code.VarNames[arg]);
                    }
                    frame.Locals[arg] = null;
                    break;
                case Opcode.LoadDeref:
                    frame.Push(frame.Cells[arg].Value ?? throw UnboundDeref(code, arg));
                    break;
                case Opcode.StoreDeref:
                    frame.Cells[arg].Value = frame.Pop();
                    break;
                case Opcode.DeleteDeref:
                    frame.Cells[arg].Value = null;
                    break;
                case Opcode.LoadClosure:
                    frame.Push(frame.Cells[arg]);
                    break;
                case Opcode.LoadClassDeref:
                    {
                        var name = code.FreeVars.Length > 0 && arg >= code.CellVars.Length ? code.FreeVars[arg - code.CellVars.Length] : code.CellVars[arg];
                        frame.Push(frame.NameDict?.Get(name) ?? frame.Cells[arg].Value ?? throw UnboundDeref(code, arg));
                        break;
                    }
                case Opcode.LoadGlobal:
                    frame.Push(GlobalCache.Load(code, pc - 1, frame.Globals, BuiltinModule.Dict, code.NameObjects[arg]) ?? LoadGlobal(frame, code.NameObjects[arg]));
                    break;
                case Opcode.StoreGlobal:
                    frame.Globals.Set(code.NameObjects[arg], frame.Pop());
                    break;
                case Opcode.DeleteGlobal:
                    if (!frame.Globals.Remove(code.NameObjects[arg]))
                    {
                        throw Errors.UndefinedName(code.Names[arg], $"name '{code.Names[arg]}' is not defined");
                    }
                    break;
                case Opcode.LoadName:
                    frame.Push(frame.NameDict!.Get(code.NameObjects[arg]) ?? LoadGlobal(frame, code.NameObjects[arg]));
                    break;
                case Opcode.StoreName:
                    if (frame.NameDict is not PyDictSub)
                    {
                        frame.NameDict!.Set(code.NameObjects[arg], frame.Pop());
                    }
                    else
                    {
                        // A class body run in a metaclass's __prepare__ mapping (enum's _EnumDict) goes through its __setitem__.
                        Ops.SetItem(frame.NameDict, code.NameObjects[arg], frame.Pop());
                    }
                    break;
                case Opcode.DeleteName:
                    if (!frame.NameDict!.Remove(code.NameObjects[arg]))
                    {
                        throw Errors.UndefinedName(code.Names[arg], $"name '{code.Names[arg]}' is not defined");
                    }
                    break;
                case Opcode.LoadAttr:
                    {
                        var obj = frame.PopValue();
                        pc = PushOrStoreFast(frame, code, pc, obj is PyInstance inst ? AttributeCache.Load(code, pc - 1, inst, code.Names[arg]) : Ops.GetAttr((PyObject)obj, code.Names[arg]));
                        break;
                    }
                case Opcode.StoreAttr:
                    {
                        var obj = frame.PopValue();
                        var value = frame.Pop();
                        if (obj is PyInstance inst)
                        {
                            AttributeCache.Store(code, pc - 1, inst, code.Names[arg], value);
                        }
                        else
                        {
                            Ops.SetAttr((PyObject)obj, code.Names[arg], value);
                        }
                        break;
                    }
                case Opcode.DeleteAttr:
                    Ops.DelAttr(frame.Pop(), code.Names[arg]);
                    break;
                case Opcode.LoadMethod:
                    LoadMethodCached(frame, code, pc - 1, code.Names[arg], frame.PopValue());
                    break;
                case Opcode.CallMethod:
                    {
                        var r = CallMethodOp(frame, arg);
                        if (r is null)
                        {
                            if (!Raised(frame, TakePending()))
                            {
                                return null;
                            }
                            pc = frame.Pc;
                            break;
                        }
                        pc = PushOrStoreFast(frame, code, pc, r);
                        break;
                    }
                case Opcode.BinarySubscr:
                    {
                        var key = frame.PopValue();
                        var miss = Subscript(frame, frame.PopValue(), key);
                        if (miss is not null)
                        {
                            if (!Raised(frame, miss))
                            {
                                return null;
                            }
                            pc = frame.Pc;
                        }
                        break;
                    }
                case Opcode.StoreSubscr:
                    {
                        var key = frame.PopValue();
                        var obj = frame.PopValue();
                        StoreSubscript(obj, key, frame.Pop());
                        break;
                    }
                case Opcode.DeleteSubscr:
                    {
                        var key = frame.Pop();
                        Ops.DelItem(frame.Pop(), key);
                        break;
                    }
                case Opcode.BinaryOp:
                    {
                        var b = frame.PopValue();
                        var a = frame.PopValue();
                        if ((Operator)arg is Operator.FloorDiv or Operator.Mod or Operator.Div && b is PyInt { Value: 0 } && a is PyInt)
                        {
                            var message = (Operator)arg switch
                            {
                                Operator.Div => "division by zero",
                                Operator.Mod => "integer modulo by zero",
                                _ => "integer division or modulo by zero",
                            };
                            if (!Raised(frame, Errors.ZeroDivision(message).Value))
                            {
                                return null;
                            }
                            pc = frame.Pc;
                            break;
                        }
                        pc = PushOrStoreFast(frame, code, pc, BinaryOp((Operator)arg, a, b));
                        break;
                    }
                case Opcode.InplaceOp:
                    {
                        var b = frame.PopValue();
                        var a = frame.PopValue();
                        pc = PushOrStoreFast(frame, code, pc, InplaceOp((Operator)arg, a, b));
                        break;
                    }
                case Opcode.UnaryNot:
                    frame.Push(PyBool.From(!Ops.IsTrue(frame.Pop())));
                    break;
                case Opcode.UnaryNegative:
                    frame.Push(Ops.Negate(frame.Pop()));
                    break;
                case Opcode.UnaryPositive:
                    frame.Push(Ops.Positive(frame.Pop()));
                    break;
                case Opcode.UnaryInvert:
                    frame.Push(Ops.Invert(frame.Pop()));
                    break;
                case Opcode.CompareOp:
                    {
                        var b = frame.PopValue();
                        var a = frame.PopValue();
                        var result = CompareOp((CompareOperator)arg, a, b);
                        var target = FusedJump(code, pc, result);
                        if (target >= 0)
                        {
                            pc = target;
                            break;
                        }
                        frame.Push(result);
                        break;
                    }
                case Opcode.IsOp:
                    {
                        var b = frame.PopValue();
                        var a = frame.PopValue();
                        var result = PyBool.From(ReferenceEquals(a, b) != (arg == 1));
                        var target = FusedJump(code, pc, result);
                        if (target >= 0)
                        {
                            pc = target;
                            break;
                        }
                        frame.Push(result);
                        break;
                    }
                case Opcode.ContainsOp:
                    {
                        var container = frame.Pop();
                        var item = frame.Pop();
                        var result = PyBool.From(Ops.Contains(container, item) != (arg == 1));
                        var target = FusedJump(code, pc, result);
                        if (target >= 0)
                        {
                            pc = target;
                            break;
                        }
                        frame.Push(result);
                        break;
                    }
                case Opcode.Jump:
                    pc = arg;
                    break;
                case Opcode.JumpBackward:
                    pc = arg;
                    Driver.CanEnterJit(pc, code, frame);
                    break;
                case Opcode.PopJumpIfFalse:
                    {
                        var v = frame.PopValue();
                        if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue((PyObject)v)))
                        {
                            pc = arg;
                        }
                        break;
                    }
                case Opcode.PopJumpIfTrue:
                    {
                        var v = frame.PopValue();
                        if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue((PyObject)v)))
                        {
                            pc = arg;
                        }
                        break;
                    }
                case Opcode.JumpIfFalseOrPop:
                    if (!Ops.IsTrue(frame.Top()))
                    {
                        pc = arg;
                    }
                    else
                    {
                        frame.Pop();
                    }
                    break;
                case Opcode.JumpIfTrueOrPop:
                    if (Ops.IsTrue(frame.Top()))
                    {
                        pc = arg;
                    }
                    else
                    {
                        frame.Pop();
                    }
                    break;
                case Opcode.GetIter:
                    frame.Push(Ops.GetIter(frame.Pop()));
                    break;
                case Opcode.ForIter:
                    {
                        var next = Ops.Next(frame.Top());
                        if (next is null)
                        {
                            frame.Pop();
                            pc = arg;
                        }
                        else
                        {
                            pc = PushOrStoreFast(frame, code, pc, next);
                        }
                        break;
                    }
                case Opcode.BuildTuple:
                    frame.Push(PyTuple.Of(PopN(frame, arg)));
                    break;
                case Opcode.BuildList:
                    frame.Push(new PyList(PopN(frame, arg)));
                    break;
                case Opcode.BuildSet:
                    {
                        var set = new PySet(false);
                        foreach (var item in PopN(frame, arg))
                        {
                            set.Add(item);
                        }
                        frame.Push(set);
                        break;
                    }
                case Opcode.BuildMap:
                    {
                        var items = PopN(frame, arg * 2);
                        var dict = new PyDict();
                        for (var i = 0; i < items.Length; i += 2)
                        {
                            dict.Set(items[i], items[i + 1]);
                        }
                        frame.Push(dict);
                        break;
                    }
                case Opcode.BuildSlice:
                    {
                        var step = arg == 3 ? frame.Pop() : PyNone.Instance;
                        var stop = frame.Pop();
                        var start = frame.Pop();
                        frame.Push(new PySlice(start, stop, step));
                        break;
                    }
                case Opcode.BuildString:
                    frame.Push(BuildString(PopN(frame, arg)));
                    break;
                case Opcode.ListAppend:
                    {
                        var v = frame.Pop();
                        ((PyList)frame.Peek(arg)).Append(v);
                        break;
                    }
                case Opcode.SetAdd:
                    {
                        var v = frame.Pop();
                        ((PySet)frame.Peek(arg)).Add(v);
                        break;
                    }
                case Opcode.MapAdd:
                    {
                        var v = frame.Pop();
                        var k = frame.Pop();
                        ((PyDict)frame.Peek(arg)).Set(k, v);
                        break;
                    }
                case Opcode.ListExtend:
                    {
                        var v = frame.Pop();
                        Ops.ListExtend((PyList)frame.Peek(arg), v);
                        break;
                    }
                case Opcode.SetUpdate:
                    {
                        var v = frame.Pop();
                        var set = (PySet)frame.Peek(arg);
                        foreach (var item in Conversions.ToArray(v))
                        {
                            set.Add(item);
                        }
                        break;
                    }
                case Opcode.DictUpdate or Opcode.DictMerge:
                    {
                        var v = frame.Pop();
                        DictMethods.Update((PyDict)frame.Peek(arg), v);
                        break;
                    }
                case Opcode.ListToTuple:
                    frame.Push(PyTuple.Of(((PyList)frame.Pop()).ToArray()));
                    break;
                case Opcode.UnpackSequence:
                    UnpackSequence(frame, frame.Pop(), arg);
                    break;
                case Opcode.UnpackEx:
                    UnpackEx(frame, frame.Pop(), arg & 0xFF, arg >> 8);
                    break;
                case Opcode.CallFunction:
                    {
                        var r = CallFunctionOp(frame, arg);
                        if (r is null)
                        {
                            if (!Raised(frame, TakePending()))
                            {
                                return null;
                            }
                            pc = frame.Pc;
                            break;
                        }
                        pc = PushOrStoreFast(frame, code, pc, r);
                        break;
                    }
                case Opcode.CallFunctionKw:
                    {
                        var names = (PyTuple)frame.Pop();
                        var all = PopN(frame, arg);
                        var callable = frame.Pop();
                        var npos = arg - names.Items.Length;
                        var kwargs = new PyDict();
                        for (var i = 0; i < names.Items.Length; i++)
                        {
                            kwargs.Set(names.Items[i], all[npos + i]);
                        }
                        frame.Push(Ops.Call(callable, Positional(all, npos), kwargs));
                        break;
                    }
                case Opcode.CallFunctionEx:
                    {
                        var kwargs = (arg & 1) != 0 ? (PyDict)frame.Pop() : null;
                        var args = frame.Pop();
                        var callable = frame.Pop();
                        frame.Push(Ops.Call(callable, Conversions.ToArray(args), kwargs is { Count: > 0 } ? kwargs : null));
                        break;
                    }
                case Opcode.MakeFunction:
                    frame.Push(MakeFunction(frame, arg));
                    break;
                case Opcode.LoadBuildClass:
                    frame.Push(ClassBuilder.BuildClassFunction);
                    break;
                case Opcode.ReturnValue:
                    frame.Yielded = false;
                    frame.Pc = pc;
                    return frame.Pop();
                case Opcode.YieldValue:
                    frame.Yielded = true;
                    frame.Pc = pc;
                    return frame.Pop();
                case Opcode.GetYieldFromIter:
                    {
                        var v = frame.Top();
                        if (v is not PyGenerator)
                        {
                            frame.Pop();
                            frame.Push(Ops.GetIter(v));
                        }
                        break;
                    }
                case Opcode.GetAwaitable:
                    frame.Push(Coroutines.GetAwaitable(frame.Pop()));
                    break;
                case Opcode.YieldFrom:
                    {
                        var produced = YieldFromOp(frame, frame.Pop());
                        if (produced is not null)
                        {
                            // Stay on this instruction: the next send comes back here.
                            frame.Yielded = true;
                            frame.Pc = pc - 1;
                            return produced;
                        }
                        break;
                    }
                case Opcode.SetupExcept:
                    frame.PushBlock(Frame.BlockHandler, arg);
                    break;
                case Opcode.SetupCleanup:
                    frame.PushBlock(Frame.BlockCleanup, arg);
                    break;
                case Opcode.PopBlock:
                    frame.BlockCount--;
                    break;
                case Opcode.PopExcept:
                    PyThreadState.Handled = frame.Pop() as PyException;
                    break;
                case Opcode.Reraise:
                    if (!Raised(frame, (PyException)frame.Pop()))
                    {
                        return null;
                    }
                    pc = frame.Pc;
                    break;
                case Opcode.CheckExcMatch:
                    {
                        var type = frame.Pop();
                        frame.Push(PyBool.From(ExceptionMatches(frame.Top(), type)));
                        break;
                    }
                case Opcode.RaiseVarargs:
                    if (!Raised(frame, DoRaise(frame, arg)))
                    {
                        return null;
                    }
                    pc = frame.Pc;
                    break;
                case Opcode.BeforeWith:
                    {
                        var manager = frame.Pop();
                        var enter = manager.Type.Lookup("__enter__");
                        var exit = manager.Type.Lookup("__exit__");
                        if (enter is null || exit is null)
                        {
                            throw Errors.TypeError($"'{manager.Type.Name}' object does not support the context manager protocol");
                        }
                        frame.Push(Ops.Bind(exit, manager, manager.Type));
                        frame.Push(Ops.CallMethod(enter, manager));
                        break;
                    }
                case Opcode.WithExceptStart:
                    {
                        var exc = (PyException)frame.Top();
                        var exit = frame.Peek(3);
                        frame.Push(PyBool.From(Ops.IsTrue(Ops.Call(exit, [exc.Type, exc, exc.Traceback.Count > 0 ? new PyTraceback(exc) : PyNone.Instance]))));
                        break;
                    }
                case Opcode.FormatValue:
                    {
                        var spec = (arg & 0x100) != 0 ? ((PyStr)frame.Pop()).Value : "";
                        var value = frame.Pop();
                        value = (arg & 0xFF) switch
                        {
                            's' => PyStr.From(Ops.Str(value)),
                            'r' => PyStr.From(Ops.Repr(value)),
                            'a' => PyStr.From(Conversions.Ascii(Ops.Repr(value))),
                            _ => value,
                        };
                        frame.Push(PyStr.From(Formatting.Format(value, spec)));
                        break;
                    }
                case Opcode.ImportName:
                    {
                        var fromList = frame.Pop();
                        var level = frame.Pop();
                        frame.Push(Importer.Import(code.Names[arg], fromList, (int)Ops.IndexValue(level), frame.Globals));
                        break;
                    }
                case Opcode.ImportFrom:
                    frame.Push(ImportSystem.ImportFrom(frame.Top(), code.Names[arg]));
                    break;
                case Opcode.ImportStar:
                    ImportSystem.ImportStar(frame.Pop(), frame.NameDict ?? frame.Globals);
                    break;
                case Opcode.LoadAssertionError:
                    frame.Push(TypeObjects.AssertionError);
                    break;
                case Opcode.MatchSequence:
                    frame.Push(PyBool.From(MatchOps.IsSequence(frame.Pop())));
                    break;
                case Opcode.MatchMapping:
                    frame.Push(PyBool.From(frame.Pop() is PyDict));
                    break;
                case Opcode.GetLen:
                    frame.Push(PyInt.From(Ops.Len(frame.Pop())));
                    break;
                case Opcode.MatchKeys:
                    {
                        var keys = (PyTuple)frame.Pop();
                        frame.Push(MatchOps.Keys((PyDict)frame.Pop(), keys));
                        break;
                    }
                case Opcode.CopyDictWithoutKeys:
                    {
                        var keys = (PyTuple)frame.Pop();
                        frame.Push(MatchOps.WithoutKeys((PyDict)frame.Pop(), keys));
                        break;
                    }
                case Opcode.MatchClass:
                    {
                        var names = (PyTuple)frame.Pop();
                        var cls = frame.Pop();
                        frame.Push(MatchOps.Class(frame.Pop(), cls, arg, names));
                        break;
                    }
                default:
                    throw UnknownOpcode(op);
            }
        }
    }

    private static PyError UnboundLocal(string name) =>
        Errors.New(TypeObjects.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");

    private static PyError UnboundDeref(PyCode code, int index)
    {
        if (index < code.CellVars.Length)
        {
            return UnboundLocal(code.CellVars[index]);
        }
        var name = code.FreeVars[index - code.CellVars.Length];
        return Errors.UndefinedName(name, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
    }

    private static PyObject LoadGlobal(Frame frame, PyStr name) =>
        frame.Globals.Get(name) ?? BuiltinModule.Dict.Get(name) ?? throw Errors.UndefinedName(name.Value, $"name '{name.Value}' is not defined");

    [UnrollSafe]
    private static PyObject[] PopN(Frame frame, int n)
    {
        if (n == 0)
        {
            return [];
        }
        var items = new PyObject[n];
        for (var i = n - 1; i >= 0; i--)
        {
            items[i] = frame.Pop();
        }
        return items;
    }

    // A range slice builds System.Range structs, which twins do not carry: kept out of the portal.
    [DontLookInside]
    private static PyObject[] Positional(PyObject[] all, int count) => all[..count];

    // Formatting the enum takes its address (a constrained call): kept out of the portal, which the translator twins.
    [DontLookInside]
    private static InvalidOperationException UnknownOpcode(Opcode op) => new("unknown opcode " + op);

    [DontLookInside]
    private static PyObject BuildString(PyObject[] parts)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var p in parts)
        {
            sb.Append(((PyStr)p).Value);
        }
        return PyStr.From(sb.ToString());
    }
}

public static partial class Interp
{
    /// <summary>Resumes a generator frame by raising <paramref name="exc"/> at its yield (generator.throw).</summary>
    public static PyObject ExecuteThrowing(Frame frame, PyException exc)
    {
        // The frame's value stack holds the pushed send value; the handler search resets it anyway.
        if (frame.Sp > 0)
        {
            frame.Pop();
        }
        PyThreadState.Depth++;
        var caller = PyThreadState.Current;
        PyThreadState.Current = frame;
        try
        {
            if (!HandleException(frame, exc))
            {
                throw exc.ToError();
            }
        }
        finally
        {
            PyThreadState.Depth--;
            PyThreadState.Current = caller;
        }
        return Execute(frame);
    }
}
