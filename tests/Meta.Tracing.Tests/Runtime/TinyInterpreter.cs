using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;
using Meta.Tracing.Runtime;

namespace Meta.Tracing.Tests.Runtime;

/// <summary>
/// A register machine written by hand the way the translator will write interpreters: a plain
/// dispatch loop, and beside it tracing code that runs the same instructions concretely and
/// records them. Its only state is the frame's registers, so resuming at a guard is "continue
/// at this pc". Greens: pc and the program; red: the frame.
/// </summary>
public sealed class TinyInterpreter(JitRuntime? jit)
{
    public enum Op
    {
        /// <summary>regs[A] = B</summary>
        Const,
        /// <summary>regs[A] = regs[B] + regs[C]</summary>
        Add,
        /// <summary>regs[A] = regs[B] &amp; regs[C]</summary>
        And,
        /// <summary>regs[A] = regs[B] &lt; regs[C] ? 1 : 0</summary>
        Lt,
        /// <summary>if regs[A] == 0: pc = B</summary>
        JumpIfZero,
        /// <summary>pc = A (a backward jump counts for the JIT)</summary>
        Jump,
        /// <summary>return regs[A]</summary>
        Return,
    }

    public readonly record struct Instruction(Op Op, int A, int B = 0, int C = 0);

    public sealed class Program(params Instruction[] code)
    {
        public Instruction[] Code { get; } = code;
    }

    public sealed class Frame(int registers)
    {
        public readonly long[] Regs = new long[registers];
    }

    private static readonly FieldDescr RegsField = Descriptors.Field(typeof(Frame).GetField(nameof(Frame.Regs))!);
    private static readonly ArrayDescr Longs = Descriptors.Array(typeof(long[]));

    public static GreenKey Key(int pc, Program program) => new(TraceValue.Int(pc), TraceValue.Ref(program));

    public long Run(Program program, Frame frame)
    {
        var pc = 0;
        while (true)
        {
            var instruction = program.Code[pc];
            switch (instruction.Op)
            {
                case Op.Jump:
                    var backward = instruction.A <= pc;
                    pc = instruction.A;
                    if (jit is not null && backward)
                    {
                        pc = OnBackwardJump(program, frame, pc);
                    }
                    break;
                case Op.Return:
                    return frame.Regs[instruction.A];
                default:
                    pc = Step(program, frame, pc);
                    break;
            }
        }
    }

    /// <summary>The JIT's turn at a backward jump: maybe trace, maybe run compiled code; returns where to go on.</summary>
    private int OnBackwardJump(Program program, Frame frame, int pc)
    {
        var key = Key(pc, program);
        switch (jit!.OnBackwardJump(key))
        {
            case JitAction.Trace:
                var session = jit.BeginTrace(key);
                return TraceFrom(session, program, frame, pc, session.Recorder.Input(ValueKind.Ref));
            case JitAction.Enter:
                return RunCompiled(program, frame, jit.Run(key, [TraceValue.Ref(frame)]));
            default:
                return pc;
        }
    }

    /// <summary>Resumes after compiled code: at the failing guard's pc, or where a bridge's finish leads.</summary>
    private int RunCompiled(Program program, Frame frame, LoopExit exit)
    {
        if (exit.Exit.Kind != ExitKind.Guard)
        {
            throw new InvalidOperationException("a loop left by something else than a guard");
        }
        // Resuming allocates what the optimizer kept virtual and does the writes it delayed.
        var resumed = exit.ResumedFrames[0];
        if (!ReferenceEquals(resumed.Locals[0]!.Value.AsRef, frame))
        {
            throw new InvalidOperationException("the guard resumed another frame");
        }
        if (!exit.TraceBridge)
        {
            return resumed.ILOffset;
        }
        var session = jit!.BeginBridge(exit);
        return TraceFrom(session, program, frame, resumed.ILOffset, session.BridgeFrames[0].Locals[0]!);
    }

    /// <summary>Interprets one instruction that is not a jump or return.</summary>
    private static int Step(Program program, Frame frame, int pc)
    {
        var (op, a, b, c) = program.Code[pc];
        var regs = frame.Regs;
        switch (op)
        {
            case Op.Const:
                regs[a] = b;
                break;
            case Op.Add:
                regs[a] = regs[b] + regs[c];
                break;
            case Op.And:
                regs[a] = regs[b] & regs[c];
                break;
            case Op.Lt:
                regs[a] = regs[b] < regs[c] ? 1 : 0;
                break;
            case Op.JumpIfZero:
                return regs[a] == 0 ? b : pc + 1;
        }
        return pc + 1;
    }

    /// <summary>
    /// The tracing code: runs instructions concretely and records them until the loop closes (or,
    /// for a bridge, compiled code takes over), then goes back to plain interpretation.
    /// </summary>
    private int TraceFrom(TracingSession session, Program program, Frame frame, int pc, Value frameShadow)
    {
        var recorder = session.Recorder;
        try
        {
            while (true)
            {
                var key = Key(pc, program);
                if (session.Kind == PieceKind.Loop && key == session.Key && recorder.Operations.Count > 0)
                {
                    jit!.CompleteTrace(session, recorder.CloseLoop([frameShadow]));
                    return pc;
                }
                if (session.Kind == PieceKind.Bridge && key == session.Key)
                {
                    // Back at the start of the loop: the bridge jumps into it.
                    jit!.CompleteBridge(session, recorder.JumpTo(session.From!.Entry!, [frameShadow]));
                    return pc;
                }
                var (op, a, b, c) = program.Code[pc];
                if (op == Op.Return)
                {
                    jit!.AbortTrace(session, AbortReason.Escaped);
                    return pc;
                }
                if (op == Op.Jump)
                {
                    pc = a;
                    continue;
                }
                var here = new ResumeFrame("Tiny.Run", pc, [frameShadow], []);
                var regs = recorder.GetField(frameShadow, RegsField, TraceValue.Ref(frame.Regs));
                Value Read(int register) =>
                    recorder.GetArrayItem(regs, Constant.Int(register), Longs, TraceValue.Long(frame.Regs[register]));
                switch (op)
                {
                    case Op.Const:
                        recorder.SetArrayItem(regs, Constant.Int(a), Longs, Constant.Long(b));
                        break;
                    case Op.Add:
                        recorder.SetArrayItem(regs, Constant.Int(a), Longs,
                            recorder.Pure(Opcode.LongAdd, Read(b), Read(c), TraceValue.Long(frame.Regs[b] + frame.Regs[c])));
                        break;
                    case Op.And:
                        recorder.SetArrayItem(regs, Constant.Int(a), Longs,
                            recorder.Pure(Opcode.LongAnd, Read(b), Read(c), TraceValue.Long(frame.Regs[b] & frame.Regs[c])));
                        break;
                    case Op.Lt:
                        var less = recorder.Pure(Opcode.LongLt, Read(b), Read(c), TraceValue.Int(frame.Regs[b] < frame.Regs[c] ? 1 : 0));
                        recorder.SetArrayItem(regs, Constant.Int(a), Longs,
                            recorder.Pure(Opcode.IntToLong, less, TraceValue.Long(frame.Regs[b] < frame.Regs[c] ? 1 : 0)));
                        break;
                    case Op.JumpIfZero:
                        var isZero = recorder.Pure(Opcode.LongIsZero, Read(a), TraceValue.Int(frame.Regs[a] == 0 ? 1 : 0));
                        recorder.Branch(isZero, frame.Regs[a] == 0, here);
                        break;
                }
                pc = Step(program, frame, pc);
            }
        }
        catch (TraceAbortedException aborted)
        {
            // The instructions ran concretely as they were recorded, so the interpreter goes on from pc.
            jit!.AbortTrace(session, aborted.Reason);
            return pc;
        }
    }
}
