using System.Runtime.CompilerServices;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using Meta.Jit;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;
using Meta.Tracing.Text;

namespace Meta.Tracing.Runtime;

/// <summary>What the interpreter does next at a backward jump or a function entry.</summary>
public enum JitAction
{
    /// <summary>Keep interpreting.</summary>
    Interpret,
    /// <summary>Start tracing here: call <see cref="JitRuntime.BeginTrace"/> and run the tracing code.</summary>
    Trace,
    /// <summary>Compiled code starts here: call <see cref="JitRuntime.Run"/>.</summary>
    Enter,
}

/// <summary>
/// The JIT driver at run time, one per <see cref="JitDriver"/> (RPython's warmstate.py and
/// pyjitpl's driver loop): warm-up counters per position, the start and end of tracing,
/// optimization and compilation of traces, entry into compiled code, guard failure counts and
/// bridges, aborts that back off, and release of loops not entered for loop_longevity
/// generations (a generation passes with each compilation).
/// </summary>
public sealed class JitRuntime(JitParameters parameters, ITraceOptimizer optimizer, ITraceCompiler compiler)
{
    /// <summary>A runtime whose optimizer is a plain function (no short preambles: bridges re-enter loops at their start).</summary>
    public JitRuntime(JitParameters parameters, Func<Trace, Trace> optimize, ITraceCompiler compiler)
        : this(parameters, new FunctionOptimizer(optimize), compiler)
    {
    }

    /// <summary>Aborts at one position after which it is never traced again (RPython gives up similarly).</summary>
    public const int MaxAbortsPerPosition = 3;

    private readonly Dictionary<(GreenKey, PieceKind), Position> _positions = [];
    // By object identity, and without keeping the interpreter's objects alive.
    private readonly ConditionalWeakTable<object, Dictionary<FieldDescr, List<CompiledPiece>>> _dependents = new();
    private long _generation;
    // The guards fail_guards_once has already made fail.
    private readonly HashSet<Operation> _forcedGuards = [];
    private readonly Random? _forcedFailures = parameters.FailGuardsRandomly == 0 ? null : new Random(parameters.FailGuardsRandomly);

    public JitParameters Parameters { get; } = parameters;
    public JitStatistics Statistics { get; } = new();

    /// <summary>Where --jit-log writes every trace before and after optimization; null for none.</summary>
    public TextWriter? Log { get; set; }

    /// <summary>How the log names a position of the user's program (e.g. "fib.toy:3:5").</summary>
    public Func<GreenKey, string> DescribePosition { get; set; } = key => key.ToString();

    /// <summary>The tracing session in progress, if any.</summary>
    public TracingSession? Tracing { get; private set; }

    /// <summary>Counts a backward jump of the user's program to <paramref name="key"/>.</summary>
    public JitAction OnBackwardJump(GreenKey key) => Count(key, PieceKind.Loop, Parameters.Threshold);

    /// <summary>Counts a call of the user's function whose entry is <paramref name="key"/>.</summary>
    public JitAction OnFunctionEntry(GreenKey key) => Count(key, PieceKind.Function, Parameters.FunctionThreshold);

    private JitAction Count(GreenKey key, PieceKind kind, int threshold)
    {
        if (Parameters.Off || Tracing is not null)
        {
            return JitAction.Interpret;
        }
        var position = PositionAt(key, kind);
        if (position.Compiled is not null)
        {
            return JitAction.Enter;
        }
        if (position.Aborts >= MaxAbortsPerPosition || ++position.Counter < threshold)
        {
            return JitAction.Interpret;
        }
        position.Counter = 0;
        return JitAction.Trace;
    }

    private Position PositionAt(GreenKey key, PieceKind kind)
    {
        if (!_positions.TryGetValue((key, kind), out var position))
        {
            position = new Position();
            _positions.Add((key, kind), position);
        }
        return position;
    }

    /// <summary>The compiled loop or function trace at a position, if any.</summary>
    public CompiledPiece? CompiledAt(GreenKey key, PieceKind kind = PieceKind.Loop) =>
        _positions.GetValueOrDefault((key, kind))?.Compiled;

    /// <summary>
    /// Starts recording a loop or function trace at <paramref name="key"/>;
    /// <paramref name="continueAfterAbort"/> for tracing code that must run on concretely after
    /// an abort (<see cref="Recorder.ContinueAfterAbort"/>).
    /// </summary>
    public TracingSession BeginTrace(GreenKey key, PieceKind kind = PieceKind.Loop, bool continueAfterAbort = false)
    {
        if (kind == PieceKind.Bridge)
        {
            throw new ArgumentException("bridges start with BeginBridge", nameof(kind));
        }
        return Start(new TracingSession(kind, key, new Recorder(Parameters.TraceLimit) { ContinueAfterAbort = continueAfterAbort }, null, null));
    }

    /// <summary>
    /// Starts recording a bridge from the failed guard of <paramref name="exit"/>; its inputs are
    /// the exit's live values. The bridge ends with <see cref="CompleteBridge"/> when the
    /// interpreter is back at the start of the same loop.
    /// </summary>
    public TracingSession BeginBridge(LoopExit exit, bool continueAfterAbort = false)
    {
        var guard = exit.Exit.Guard ?? throw new ArgumentException("a bridge starts at a failed guard", nameof(exit));
        if (exit.Piece.Kind != PieceKind.Loop)
        {
            throw new ArgumentException("bridges are attached to loops", nameof(exit));
        }
        var session = new TracingSession(PieceKind.Bridge, exit.Piece.Key,
            new Recorder(Parameters.TraceLimit) { ContinueAfterAbort = continueAfterAbort }, exit.Piece, guard);
        var resume = guard.Resume!;
        session.BridgeInputs = resume.LiveValues.Select(value => session.Recorder.Input(value.Kind)).ToList();
        session.BridgeFrames = RecordResumeSteps(session.Recorder, resume, session.BridgeInputs);
        return Start(session);
    }

    /// <summary>
    /// A bridge runs from the guard's exit values alone, so it must itself do what resuming did:
    /// allocate the guard's virtuals and do its delayed writes (the optimizer removes the
    /// allocations again where it can). Returns the guard's frames over the bridge's values.
    /// </summary>
    internal static IReadOnlyList<ResumeFrame> RecordResumeSteps(Recorder recorder, ResumeData resume, IReadOnlyList<Input> inputs)
    {
        var shadows = new Dictionary<Value, Value>();
        foreach (var (live, input) in resume.LiveValues.Zip(inputs))
        {
            shadows[live] = input;
        }
        foreach (var virtualObject in resume.Virtuals)
        {
            shadows[virtualObject] = virtualObject.Descr is ArrayDescr array
                ? recorder.Record(Opcode.NewArray, [Constant.Int(virtualObject.Items.Count)], array)
                : recorder.Record(Opcode.New, [], virtualObject.Descr);
        }
        Value Shadow(Value value) => value is Constant ? value : shadows[value];
        foreach (var virtualObject in resume.Virtuals)
        {
            foreach (var (field, value) in virtualObject.Fields)
            {
                recorder.SetField(shadows[virtualObject], field, Shadow(value));
            }
            for (var i = 0; i < virtualObject.Items.Count; i++)
            {
                if (virtualObject.Items[i] is { } item)
                {
                    recorder.SetArrayItem(shadows[virtualObject], Constant.Int(i), (ArrayDescr)virtualObject.Descr, Shadow(item));
                }
            }
        }
        foreach (var write in resume.PendingWrites)
        {
            if (write.Descr is FieldDescr field)
            {
                recorder.SetField(Shadow(write.Target), field, Shadow(write.Value));
            }
            else
            {
                recorder.SetArrayItem(Shadow(write.Target), Shadow(write.Index!), (ArrayDescr)write.Descr, Shadow(write.Value));
            }
        }
        Value? Slot(Value? slot) => slot is null ? null : Shadow(slot);
        return resume.Frames.Select(frame => new ResumeFrame(frame.Method, frame.ILOffset,
            frame.Locals.Select(Slot).ToList(), frame.Stack.Select(Slot).ToList())).ToList();
    }

    private TracingSession Start(TracingSession session)
    {
        if (Tracing is not null)
        {
            throw new InvalidOperationException("a trace is being recorded already");
        }
        Tracing = session;
        return session;
    }

    /// <summary>Tracing stopped without a trace: count it, back off, and after too many give up on the position.</summary>
    public void AbortTrace(TracingSession session, AbortReason reason)
    {
        End(session);
        Statistics.CountAbort(reason);
        if (session.Kind != PieceKind.Bridge)
        {
            PositionAt(session.Key, session.Kind).Aborts++;
        }
        else
        {
            session.From!.BridgeAborted(session.Guard!, MaxAbortsPerPosition);
        }
    }

    /// <summary>
    /// The recorded trace of a loop or function: optimize it, compile it, and make it the code
    /// entered at its position from now on.
    /// </summary>
    public CompiledPiece CompleteTrace(TracingSession session, Trace trace)
    {
        End(session);
        TargetToken? entry = null;
        Trace? shortPreamble = null;
        Trace optimized;
        if (session.Kind == PieceKind.Loop)
        {
            var loop = Optimize(session.Kind, session.Key, trace, () => optimizer.OptimizeLoop(trace));
            // Bridges go back to the start of the loop; the label gives them a place to jump to.
            entry = new TargetToken("Entry", loop.Trace.Inputs.Select(input => input.Kind).ToList());
            optimized = new Trace(loop.Trace.Inputs, [new Operation(Opcode.Label, loop.Trace.Inputs, entry), .. loop.Trace.Operations]);
            shortPreamble = loop.ShortPreamble;
            Statistics.Loops++;
        }
        else
        {
            optimized = Optimize(session.Kind, session.Key, trace, () => new OptimizedLoop(optimizer.Optimize(trace), null)).Trace;
            Statistics.Functions++;
        }
        var piece = new CompiledPiece(session.Kind, session.Key, optimized, entry, shortPreamble, CompileTree(optimized, new Dictionary<Operation, Trace>()));
        PositionAt(session.Key, session.Kind).Compiled = piece;
        DependOn(session, piece);
        return piece;
    }

    /// <summary>
    /// The recorded bridge, ending in a jump to the loop's <see cref="CompiledPiece.Entry"/>:
    /// optimize it, attach it to its guard, and compile the loop again with all its bridges.
    /// When the loop has a short preamble, the bridge ends with it and jumps into the loop body;
    /// each of its guards left in the optimized bridge gets a bridge to the loop's start.
    /// </summary>
    public void CompleteBridge(TracingSession session, Trace trace)
    {
        End(session);
        var loop = session.From!;
        var bridge = Optimize(PieceKind.Bridge, session.Key, trace, () => new OptimizedLoop(OptimizeBridge(trace, loop), null)).Trace;
        loop.Attach(session.Guard!, bridge);
        var added = new List<Operation> { session.Guard! };
        foreach (var (guard, fallback) in LoopReentry.Fallbacks(bridge, loop, Parameters.TraceLimit))
        {
            loop.Attach(guard, optimizer.Optimize(fallback));
            added.Add(guard);
        }
        loop.Code = ExtendTree(loop, added);
        DependOn(session, loop);
        Statistics.Bridges++;
    }

    /// <summary>The bridge through the loop's short preamble into its body, or, when its values cannot enter the body, to the loop's start.</summary>
    private Trace OptimizeBridge(Trace recorded, CompiledPiece loop)
    {
        var throughShortPreamble = LoopReentry.ThroughShortPreamble(recorded, loop);
        return ReferenceEquals(throughShortPreamble, recorded)
            ? optimizer.Optimize(recorded)
            : optimizer.OptimizeIntoLoop(throughShortPreamble) ?? optimizer.Optimize(recorded);
    }

    private void DependOn(TracingSession session, CompiledPiece piece)
    {
        foreach (var (target, field) in session.Recorder.QuasiImmutableReads)
        {
            var fields = _dependents.GetOrCreateValue(target);
            if (!fields.TryGetValue(field, out var pieces))
            {
                pieces = [];
                fields.Add(field, pieces);
            }
            if (!pieces.Contains(piece))
            {
                pieces.Add(piece);
            }
        }
    }

    /// <summary>
    /// The interpreter wrote a quasi-immutable field: code that read it as a constant is
    /// invalidated (its guard_not_invalidated fails from now on) and its position traced anew.
    /// </summary>
    public void QuasiImmutableWritten(object target, FieldDescr field)
    {
        if (!_dependents.TryGetValue(target, out var fields) || !fields.Remove(field, out var pieces))
        {
            return;
        }
        foreach (var piece in pieces)
        {
            piece.Invalidate();
            if (_positions.TryGetValue((piece.Key, piece.Kind), out var position) && ReferenceEquals(position.Compiled, piece))
            {
                position.Compiled = null;
            }
            Statistics.Invalidated++;
        }
    }

    private void End(TracingSession session)
    {
        if (!ReferenceEquals(Tracing, session))
        {
            throw new InvalidOperationException("that session is not the trace being recorded");
        }
        Tracing = null;
        Statistics.Tracing += JitStatistics.Since(session.Started);
    }

    /// <summary>Runs the optimizer on what was recorded (as <paramref name="optimize"/> says), timed and logged.</summary>
    private OptimizedLoop Optimize(PieceKind kind, GreenKey key, Trace recorded, Func<OptimizedLoop> optimize)
    {
        var started = Stopwatch.GetTimestamp();
        var optimized = optimize();
        Statistics.Optimizing += JitStatistics.Since(started);
        Statistics.GuardsCompiled += optimized.Trace.Operations.Count(op => op.IsGuard);
        WriteLog(kind, key, recorded, optimized);
        return optimized;
    }

    /// <summary>The loop's code with its new bridges: added to the code as it is where the compiler can, else the tree compiled again.</summary>
    private ICompiledLoop ExtendTree(CompiledPiece loop, IReadOnlyList<Operation> added)
    {
        var started = Stopwatch.GetTimestamp();
        var extended = compiler.Extend(loop.Code, loop.Trace, loop.Bridges, added);
        Statistics.Compiling += JitStatistics.Since(started);
        return extended ?? CompileTree(loop.Trace, loop.Bridges);
    }

    private ICompiledLoop CompileTree(Trace trace, IReadOnlyDictionary<Operation, Trace> bridges)
    {
        var started = Stopwatch.GetTimestamp();
        var code = compiler.Compile(trace, bridges);
        Statistics.Compiling += JitStatistics.Since(started);
        _generation++;
        ReleaseUnused();
        return code;
    }

    private void WriteLog(PieceKind kind, GreenKey key, Trace trace, OptimizedLoop optimized)
    {
        if (Log is null)
        {
            return;
        }
        var count = Statistics.Loops + Statistics.Functions + Statistics.Bridges + 1;
        Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {kind.ToString().ToLowerInvariant()} {count} at {DescribePosition(key)}"));
        Log.WriteLine("# recorded");
        Log.Write(TracePrinter.Print(trace));
        Log.WriteLine("# optimized");
        Log.Write(TracePrinter.Print(optimized.Trace));
        if (optimized.ShortPreamble is { } shortPreamble)
        {
            Log.WriteLine("# short preamble");
            Log.Write(TracePrinter.Print(shortPreamble));
        }
        Log.WriteLine();
    }

    /// <summary>Releases loops and function traces not entered for loop_longevity generations; the GC frees their code.</summary>
    private void ReleaseUnused()
    {
        foreach (var position in _positions.Values)
        {
            if (position.Compiled is { } piece && _generation - piece.LastUsed > Parameters.LoopLongevity)
            {
                piece.Invalidate();
                position.Compiled = null;
                Statistics.Released++;
            }
        }
    }

    /// <summary>
    /// Runs the compiled code at a position on the reds (bridges included) until control must
    /// return to the interpreter; counts the failure of the guard it left by.
    /// </summary>
    public LoopExit Run(GreenKey key, IReadOnlyList<TraceValue> reds, PieceKind kind = PieceKind.Loop)
    {
        var piece = CompiledAt(key, kind) ?? throw new InvalidOperationException($"no compiled {kind} at {DescribePosition(key)}");
        piece.LastUsed = _generation;
        var exit = Parameters.FailGuardsOnce || _forcedFailures is not null
            ? TraceInterpreter.Run(piece.Trace, reds, new TraceRunOptions { Bridges = piece.Bridges, Invalidated = piece.Invalidated, ForceFailure = ForceFailure })
            : piece.Code.Execute(reds);
        if (exit.Guard is not { } guard)
        {
            return new LoopExit(exit, piece, traceBridge: false);
        }
        Statistics.GuardFailures++;
        var hot = piece.CountFailure(guard) >= Parameters.TraceEagerness;
        return new LoopExit(exit, piece, hot && piece.Kind == PieceKind.Loop && Tracing is null && !piece.Bridges.ContainsKey(guard) && !piece.WithoutBridge(guard));
    }

    /// <summary>fail_guards_once: the first time each guard is reached; fail_guards_randomly: one time in eight.</summary>
    private bool ForceFailure(Operation guard) => _forcedFailures is { } random ? random.Next(8) == 0 : _forcedGuards.Add(guard);

    /// <summary>
    /// The interpreter cannot trace the bridge <paramref name="exit"/> asks for (a translated
    /// portal does not trace bridges yet): a guard that failed trace_eagerness times would keep
    /// leaving compiled code, each time at the cost of a resume, so the loop is released and its
    /// position never compiled again; the interpreter runs it (the JIT gives up rather than slow
    /// the program down).
    /// </summary>
    public void BridgeUnavailable(LoopExit exit)
    {
        if (!exit.TraceBridge)
        {
            throw new ArgumentException("the exit does not ask for a bridge", nameof(exit));
        }
        var piece = exit.Piece;
        piece.Invalidate();
        var position = PositionAt(piece.Key, piece.Kind);
        if (ReferenceEquals(position.Compiled, piece))
        {
            position.Compiled = null;
        }
        position.Aborts = MaxAbortsPerPosition;
        Statistics.GivenUp++;
    }

    /// <summary>Counters and compiled code at one position (loop header or function entry).</summary>
    private sealed class Position
    {
        public int Counter;
        public int Aborts;
        public CompiledPiece? Compiled;
    }
}
