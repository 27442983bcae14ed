using Meta.Translator.Plan;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Meta.Translator.Twins;

/// <summary>
/// Step 6 of the translator (docs/translator.md): a portal's tracing twin <c>P$trace</c>,
/// entered at its merge point, its plain entry <c>P$resume</c> (the portal continuing after the
/// JIT, with the same hooks), and the portal itself rewritten: MergePoint and CanEnterJit become
/// calls of its PortalDriver (a static field initialized by the class constructor), and an
/// epilogue hands control to the JIT and continues in <c>P$resume</c>.
/// </summary>
public sealed class PortalTranslator
{
    private readonly TracingRuntime _runtime;
    private readonly StackShapes _shapes;
    private readonly FieldDefinition _state;
    private readonly FieldReference _driver;

    private PortalTranslator(MethodDefinition portal, DriverCallSite mergePoint, IEnumerable<DriverCallSite> canEnterJits, TracingRuntime runtime, ResumeDispatcher dispatcher)
    {
        _runtime = runtime;
        var type = portal.DeclaringType;
        _driver = mergePoint.Driver!.Field;
        _shapes = StackShapes.Of(portal);
        _state = new FieldDefinition($"{mergePoint.Driver.Field.Name}$portal", FieldAttributes.Assembly | FieldAttributes.Static, runtime.PortalDriver);
        Trace = new MethodDefinition(portal.Name + TwinGenerator.Suffix, MethodAttributes.Assembly | MethodAttributes.Static | MethodAttributes.HideBySig, portal.Module.TypeSystem.Object);
        foreach (var parameter in ResumeDispatcher.RetraceParameters(runtime))
        {
            Trace.Parameters.Add(parameter);
        }
        Site = new PortalSite(mergePoint, canEnterJits, _state, Trace, dispatcher.Method, dispatcher.Retrace);
        type.Fields.Add(_state);
        type.Methods.Add(Trace);
    }

    public PortalSite Site { get; }
    public MethodDefinition Portal => Site.Method;
    public MethodDefinition Trace { get; }

    /// <summary>Where the portal's guards may resume it (set by <see cref="EmitTrace"/>).</summary>
    public IReadOnlyCollection<(Instruction At, int Depth)> ResumePoints { get; private set; } = [];

    /// <summary>The portal of <paramref name="mergePoint"/>, or why it cannot have one.</summary>
    public static PortalTranslator Prepare(DriverCallSite mergePoint, TranslationPlan plan, TracingRuntime runtime, ResumeDispatcher dispatcher)
    {
        var portal = mergePoint.Method;
        if (mergePoint.Driver is null)
        {
            throw new TwinUnsupportedException("the merge point's driver is unknown");
        }
        if (portal.HasGenericParameters || portal.DeclaringType.HasGenericParameters || portal.DeclaringType.IsValueType)
        {
            throw new TwinUnsupportedException("a generic portal or a portal of a struct");
        }
        if (portal.Body.ExceptionHandlers.Any(h => h.HandlerType != ExceptionHandlerType.Catch && Regions.InTry(h, mergePoint.Call)))
        {
            // Leaving the region for the JIT's epilogue would run the finally in the middle of the loop.
            throw new TwinUnsupportedException("the merge point is inside a try block with a finally");
        }
        return new PortalTranslator(portal, mergePoint, plan.CanEnterJits, runtime, dispatcher);
    }

    /// <summary>
    /// The body of <c>P$trace</c>, emitted again with each round of the twins: entered at the
    /// merge point and, for bridges, at every point its guards resume (known once emitted, so it
    /// is emitted twice).
    /// </summary>
    public void EmitTrace(DescriptorCache descriptors, ResidualCalls residuals, TwinDirectory directory)
    {
        Trace.Body = new MethodBody(Trace);
        var resumePoints = TwinEmitter.Emit(Portal, Trace, _runtime, descriptors, residuals, directory, _shapes, Site, []);
        Trace.Body = new MethodBody(Trace);
        ResumePoints = TwinEmitter.Emit(Portal, Trace, _runtime, descriptors, residuals, directory, _shapes, Site, [.. resumePoints.Select(p => p.At)]);
    }

    public void Remove()
    {
        Portal.DeclaringType.Fields.Remove(_state);
        Portal.DeclaringType.Methods.Remove(Trace);
    }

    /// <summary>The plain side, once the twins are final: <c>P$resume</c> and the rewritten portal.</summary>
    public void Finish()
    {
        var targets = ResumePoints.Select(p => p.At).Append(Site.EntryAt).ToList();
        var resume = ResumeEntryEmitter.Emit(Portal, targets, _shapes, _runtime, Site);
        RewritePortal(resume);
        InitializeState();
    }

    private void RewritePortal(MethodDefinition resume)
    {
        var body = Portal.Body;
        body.SimplifyMacros();
        var il = body.GetILProcessor();
        var hooks = new PortalHooks(Site, _runtime, il, Load(il), type =>
        {
            var variable = new VariableDefinition(type);
            body.Variables.Add(variable);
            return variable;
        });
        var calls = body.Instructions.Where(i => i.Operand is MethodReference m && (Hints.KnownNames.IsMergePoint(m) || Hints.KnownNames.IsCanEnterJit(m))).ToList();
        foreach (var call in calls)
        {
            // The call becomes the hook's first instruction (a pop), so nothing that refers to it changes.
            var code = hooks.Hook(il, call);
            call.OpCode = code[0].OpCode;
            call.Operand = code[0].Operand;
            var at = call;
            foreach (var next in code.Skip(1))
            {
                il.InsertAfter(at, next);
                at = next;
            }
        }
        var ends = body.ExceptionHandlers.Where(h => h.HandlerEnd is null || h.TryEnd is null).ToList();
        foreach (var instruction in hooks.EpilogueCode(il, continuation => ContinueIn(il, resume, continuation, hooks), type =>
        {
            var variable = new VariableDefinition(type);
            body.Variables.Add(variable);
            return variable;
        }, returnsBoxed: false))
        {
            il.Append(instruction);
        }
        foreach (var handler in ends)
        {
            handler.TryEnd ??= hooks.Epilogue;
            handler.HandlerEnd ??= hooks.Epilogue;
        }
        body.OptimizeMacros();
    }

    /// <summary>The portal continues in <c>P$resume</c> and returns its result.</summary>
    private IEnumerable<Instruction> ContinueIn(ILProcessor il, MethodDefinition resume, VariableDefinition continuation, PortalHooks hooks)
    {
        var result = new VariableDefinition(Portal.Module.TypeSystem.Object);
        Portal.Body.Variables.Add(result);
        yield return il.Create(OpCodes.Ldloc, continuation);
        yield return il.Create(OpCodes.Callvirt, _runtime.ContinuationFrame);
        yield return il.Create(OpCodes.Ldloc, continuation);
        yield return il.Create(OpCodes.Callvirt, _runtime.ContinuationPushed);
        yield return il.Create(OpCodes.Ldloc, continuation);
        yield return il.Create(OpCodes.Callvirt, _runtime.ContinuationPending);
        yield return il.Create(OpCodes.Call, resume);
        yield return il.Create(OpCodes.Stloc, result);
        foreach (var instruction in hooks.Return(il, result))
        {
            yield return instruction;
        }
    }

    private Func<Analysis.Variable, Instruction> Load(ILProcessor il) => variable =>
        !variable.IsArgument ? il.Create(OpCodes.Ldloc, Portal.Body.Variables[variable.Index])
        : Portal.HasThis && variable.Index == 0 ? il.Create(OpCodes.Ldarg_0)
        : il.Create(OpCodes.Ldarg, Portal.Parameters[variable.Index - (Portal.HasThis ? 1 : 0)]);

    /// <summary>The class constructor sets the PortalDriver field from the driver.</summary>
    private void InitializeState()
    {
        var type = Portal.DeclaringType;
        var constructor = type.Methods.FirstOrDefault(m => m.IsConstructor && m.IsStatic);
        if (constructor is null)
        {
            constructor = new MethodDefinition(".cctor", MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.HideBySig
                | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName, Portal.Module.TypeSystem.Void);
            constructor.Body.GetILProcessor().Emit(OpCodes.Ret);
            type.Methods.Add(constructor);
        }
        constructor.Body.SimplifyMacros();
        var il = constructor.Body.GetILProcessor();
        foreach (var ret in constructor.Body.Instructions.Where(i => i.OpCode.Code == Code.Ret).ToList())
        {
            // The ret becomes the first instruction of the initialization, so branches to it stay right.
            ret.OpCode = OpCodes.Ldsfld;
            ret.Operand = _driver;
            var call = il.Create(OpCodes.Call, _runtime.PortalDriverOf);
            var store = il.Create(OpCodes.Stsfld, _state);
            il.InsertAfter(ret, call);
            il.InsertAfter(call, store);
            il.InsertAfter(store, il.Create(OpCodes.Ret));
        }
        constructor.Body.OptimizeMacros();
    }
}
