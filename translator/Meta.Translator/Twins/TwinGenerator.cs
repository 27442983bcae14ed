using Meta.Translator.Plan;
using Mono.Cecil;

namespace Meta.Translator.Twins;

/// <summary>
/// Adds a tracing twin <c>M$trace</c> beside every method the plan looks inside (LookInside,
/// LookInsideUnrolled; abstract methods the plan dispatches get an abstract twin, so twins of
/// overrides override it). A method the generator cannot translate yet keeps no twin and calls
/// to it become residual; as that can turn a caller's call into a different kind of call, the
/// bodies are emitted again until no twin is dropped.
/// </summary>
public static class TwinGenerator
{
    public const string Suffix = "$trace";

    /// <summary>The suffix of a method's tracing entry, where bridges resume it (ResumeDispatcher.Retrace).</summary>
    public const string RetraceSuffix = "$retrace";

    public static TwinReport Generate(ModuleDefinition module, TranslationPlan plan)
    {
        var runtime = new TracingRuntime(module);
        var overrides = new OverrideIndex(module);
        var directory = new TwinDirectory(overrides);
        var skipped = new List<(MethodDefinition, string)>();
        var shapes = new Dictionary<MethodDefinition, StackShapes>();
        var residuals = new ResidualCalls(runtime);
        var dispatcher = new ResumeDispatcher(module, runtime);
        var portals = new List<PortalTranslator>();
        foreach (var mergePoint in plan.MergePoints)
        {
            try
            {
                portals.Add(PortalTranslator.Prepare(mergePoint, plan, runtime, dispatcher));
            }
            catch (TwinUnsupportedException e)
            {
                skipped.Add((mergePoint.Method, "portal: " + e.Message));
            }
        }
        var entries = new List<(MethodDefinition Original, MethodDefinition Entry)>();
        var retraces = new List<(MethodDefinition Original, MethodDefinition Entry)>();
        var resumePoints = new Dictionary<MethodDefinition, IReadOnlyCollection<(Mono.Cecil.Cil.Instruction At, int Depth)>>();
        foreach (var entry in plan.Entries)
        {
            if (entry.Definition is not { } method || entry.Treatment is not (MethodTreatment.LookInside or MethodTreatment.LookInsideUnrolled or MethodTreatment.Dispatch))
            {
                continue;
            }
            if (entry.Treatment == MethodTreatment.Dispatch && (!method.IsAbstract || method.DeclaringType.IsInterface))
            {
                continue; // interface methods: calls through them stay residual in this slice
            }
            try
            {
                CheckShape(method);
                if (!method.IsAbstract)
                {
                    shapes[method] = StackShapes.Of(method);
                }
                directory.Add(method, Declare(method, runtime));
            }
            catch (TwinUnsupportedException e)
            {
                skipped.Add((method, e.Message));
            }
        }
        while (true)
        {
            var holder = module.Types.FirstOrDefault(t => t.Name == DescriptorCache.HolderName);
            if (holder is not null)
            {
                module.Types.Remove(holder);
            }
            var descriptors = new DescriptorCache(module, runtime);
            residuals.Remove();
            foreach (var (_, entry) in entries.Concat(retraces))
            {
                entry.DeclaringType.Methods.Remove(entry);
            }
            entries.Clear();
            retraces.Clear();
            var failed = new List<(MethodDefinition, string)>();
            foreach (var (original, twin) in directory.All.ToList())
            {
                if (original.IsAbstract)
                {
                    continue;
                }
                twin.Body = new Mono.Cecil.Cil.MethodBody(twin);
                try
                {
                    resumePoints[original] = TwinEmitter.Emit(original, twin, runtime, descriptors, residuals, directory, shapes[original]);
                }
                catch (TwinUnsupportedException e)
                {
                    failed.Add((original, e.Message));
                }
            }
            // An abstract twin needs a twin in every concrete override, else the overriding class
            // would not load; without them it goes, and calls through it stay residual.
            foreach (var (original, _) in directory.All)
            {
                if (original.IsAbstract && overrides.ImplementationsOf(original).FirstOrDefault(m => !m.IsAbstract && directory.TwinOf(m) is null) is { } missing)
                {
                    failed.Add((original, $"the override {Diagnostics.MethodNames.Short(missing)} has no twin"));
                }
            }
            foreach (var portal in portals.ToList())
            {
                try
                {
                    portal.EmitTrace(descriptors, residuals, directory);
                }
                catch (TwinUnsupportedException e)
                {
                    portal.Remove();
                    portals.Remove(portal);
                    skipped.Add((portal.Portal, "portal: " + e.Message));
                }
            }
            // Resume frames name methods Type.Method: two traced methods with one name could not be told apart.
            foreach (var group in directory.All.Where(p => !p.Key.IsAbstract).GroupBy(p => FrameName(p.Key)).Where(g => g.Count() > 1))
            {
                failed.AddRange(group.Skip(1).Select(p => (p.Key, $"its resume frames' name {group.Key} is another traced method's")));
            }
            foreach (var (original, _) in directory.All.Where(p => !p.Key.IsAbstract && failed.All(f => f.Item1 != p.Key)))
            {
                try
                {
                    entries.Add((original, ResumeEntryEmitter.Emit(original, resumePoints[original].Select(p => p.At), shapes[original], runtime)));
                }
                catch (TwinUnsupportedException e)
                {
                    failed.Add((original, "resume entry: " + e.Message));
                    continue;
                }
                if (resumePoints[original].Count == 0)
                {
                    continue; // no guard resumes it: no bridge starts inside it
                }
                var retrace = DeclareRetrace(original, runtime);
                try
                {
                    TwinEmitter.Emit(original, retrace, runtime, descriptors, residuals, directory, shapes[original],
                        entryTargets: [.. resumePoints[original].Select(p => p.At)]);
                    retraces.Add((original, retrace));
                }
                catch (TwinUnsupportedException e)
                {
                    original.DeclaringType.Methods.Remove(retrace);
                    failed.Add((original, "tracing entry: " + e.Message));
                }
            }
            if (failed.Count == 0)
            {
                break;
            }
            foreach (var (original, reason) in failed)
            {
                var twin = directory.TwinOf(original)!;
                twin.DeclaringType.Methods.Remove(twin);
                directory.Remove(original);
                skipped.Add((original, reason));
            }
        }
        FixSlots(directory);
        dispatcher.Fill(entries.Select(e => (FrameName(e.Original), e.Entry)), retraces.Select(e => (FrameName(e.Original), e.Entry)));
        foreach (var portal in portals)
        {
            portal.Finish();
        }
        return new TwinReport([.. directory.All.Select(p => (p.Key, p.Value)), .. portals.Select(p => (p.Portal, p.Trace))], skipped);
    }

    /// <summary>How twins name a method in resume frames.</summary>
    public static string FrameName(MethodDefinition method) => $"{method.DeclaringType.Name}.{method.Name}";

    private static void CheckShape(MethodDefinition method)
    {
        if (method.IsConstructor && method.IsStatic)
        {
            throw new TwinUnsupportedException("static constructors run outside traces");
        }
        if (method.HasGenericParameters || method.DeclaringType.HasGenericParameters)
        {
            throw new TwinUnsupportedException("generic methods and methods of generic types are not in this slice");
        }
        if (method.DeclaringType.IsValueType)
        {
            throw new TwinUnsupportedException("methods of structs (this is a by-ref) are not in this slice");
        }
        _ = method.ReturnType.MetadataType == MetadataType.Void ? default : ShadowKinds.Of(method.ReturnType);
        foreach (var parameter in method.Parameters)
        {
            _ = ShadowKinds.Of(parameter.ParameterType);
        }
    }

    /// <summary>The twin's declaration: same type, name + $trace, the original parameters, then the context and the arguments' shadows.</summary>
    private static MethodDefinition Declare(MethodDefinition original, TracingRuntime runtime)
    {
        var attributes = original.Attributes & ~(MethodAttributes.SpecialName | MethodAttributes.RTSpecialName | MethodAttributes.VtableLayoutMask);
        // A constructor's twin is an ordinary instance method run on an object allocated without
        // a constructor (".ctor" is reserved for constructors).
        var name = original.IsConstructor ? "ctor" + Suffix : original.Name + Suffix;
        var twin = new MethodDefinition(name, attributes, original.ReturnType);
        foreach (var parameter in original.Parameters)
        {
            twin.Parameters.Add(new ParameterDefinition(parameter.Name, ParameterAttributes.None, parameter.ParameterType));
        }
        twin.Parameters.Add(new ParameterDefinition("context", ParameterAttributes.None, runtime.Context));
        twin.Parameters.Add(new ParameterDefinition("shadows", ParameterAttributes.None, runtime.ValueArray));
        twin.HasThis = original.HasThis;
        original.DeclaringType.Methods.Add(twin);
        return twin;
    }

    /// <summary>A method's tracing entry for bridges: static, a TraceEntry's parameters, the twin's body entered from a frame.</summary>
    private static MethodDefinition DeclareRetrace(MethodDefinition original, TracingRuntime runtime)
    {
        var name = (original.IsConstructor ? "ctor" : original.Name) + RetraceSuffix;
        var retrace = new MethodDefinition(name, MethodAttributes.Assembly | MethodAttributes.Static | MethodAttributes.HideBySig, original.Module.TypeSystem.Object);
        foreach (var parameter in ResumeDispatcher.RetraceParameters(runtime))
        {
            retrace.Parameters.Add(parameter);
        }
        original.DeclaringType.Methods.Add(retrace);
        return retrace;
    }

    /// <summary>
    /// A virtual twin overrides the twin of the method its original overrides (same slot, so the
    /// runtime dispatches to the override's twin); without one it opens a new slot.
    /// </summary>
    private static void FixSlots(TwinDirectory directory)
    {
        foreach (var (original, twin) in directory.All)
        {
            if (!original.IsVirtual)
            {
                continue;
            }
            var overridesTwin = !original.IsNewSlot && BaseMethod(original) is { } baseMethod && directory.TwinOf(baseMethod) is not null;
            twin.Attributes |= overridesTwin ? MethodAttributes.ReuseSlot : MethodAttributes.NewSlot;
        }
    }

    private static MethodDefinition? BaseMethod(MethodDefinition method)
    {
        for (var type = method.DeclaringType.BaseType?.Resolve(); type is not null && type.Module == method.Module; type = type.BaseType?.Resolve())
        {
            var match = type.Methods.FirstOrDefault(m => m.IsVirtual && m.Name == method.Name && m.Parameters.Count == method.Parameters.Count
                && m.Parameters.Select(p => p.ParameterType.FullName).SequenceEqual(method.Parameters.Select(p => p.ParameterType.FullName)));
            if (match is not null)
            {
                return match;
            }
        }
        return null;
    }
}
