using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// The generated <c>&lt;MetaResume&gt;</c> class: <c>Resume(frame, pushed, pending)</c> calls the
/// resume entry of the method a resume frame names (<c>Type.Method</c>, as twins name frames),
/// <c>Retrace(frame, context, shadows, pushed, pushedShadow, pending)</c> its tracing entry. The
/// portal passes them to the PortalDriver as its ResumeEntry and its TraceEntry for bridges.
/// </summary>
public sealed class ResumeDispatcher
{
    public const string TypeName = "<MetaResume>";

    private readonly TracingRuntime _runtime;

    public ResumeDispatcher(ModuleDefinition module, TracingRuntime runtime)
    {
        _runtime = runtime;
        var type = new TypeDefinition("", TypeName,
            TypeAttributes.NotPublic | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class, module.TypeSystem.Object);
        module.Types.Add(type);
        Method = new MethodDefinition("Resume", MethodAttributes.Assembly | MethodAttributes.Static | MethodAttributes.HideBySig, module.TypeSystem.Object);
        Method.Parameters.Add(new ParameterDefinition("frame", ParameterAttributes.None, runtime.ResumedFrame));
        Method.Parameters.Add(new ParameterDefinition("pushed", ParameterAttributes.None, module.TypeSystem.Object));
        Method.Parameters.Add(new ParameterDefinition("pending", ParameterAttributes.None, runtime.Exception));
        type.Methods.Add(Method);
        Retrace = new MethodDefinition("Retrace", MethodAttributes.Assembly | MethodAttributes.Static | MethodAttributes.HideBySig, module.TypeSystem.Object);
        foreach (var parameter in RetraceParameters(runtime))
        {
            Retrace.Parameters.Add(parameter);
        }
        type.Methods.Add(Retrace);
    }

    public MethodDefinition Method { get; }

    public MethodDefinition Retrace { get; }

    /// <summary>The parameters of a TraceEntry: frame, context, shadows, pushed, pushedShadow, pending.</summary>
    public static IEnumerable<ParameterDefinition> RetraceParameters(TracingRuntime runtime)
    {
        yield return new ParameterDefinition("frame", ParameterAttributes.None, runtime.ResumedFrame);
        yield return new ParameterDefinition("context", ParameterAttributes.None, runtime.Context);
        yield return new ParameterDefinition("shadows", ParameterAttributes.None, runtime.ValueArray);
        yield return new ParameterDefinition("pushed", ParameterAttributes.None, runtime.Module.TypeSystem.Object);
        yield return new ParameterDefinition("pushedShadow", ParameterAttributes.None, runtime.Value);
        yield return new ParameterDefinition("pending", ParameterAttributes.None, runtime.Exception);
    }

    /// <summary>The bodies: one test of the frame's method name per entry.</summary>
    public void Fill(IEnumerable<(string FrameName, MethodDefinition Entry)> entries, IEnumerable<(string FrameName, MethodDefinition Entry)> retraces)
    {
        FillDispatch(Method, entries, "no resume entry for the frame's method");
        FillDispatch(Retrace, retraces, "no tracing entry for the frame's method");
    }

    private void FillDispatch(MethodDefinition method, IEnumerable<(string FrameName, MethodDefinition Entry)> entries, string missing)
    {
        method.Body = new MethodBody(method);
        var il = method.Body.GetILProcessor();
        var frameMethod = method.Module.ImportReference(typeof(Meta.Tracing.Runtime.ResumedFrame).GetProperty("Method")!.GetMethod);
        foreach (var (name, entry) in entries)
        {
            var next = il.Create(OpCodes.Nop);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Callvirt, frameMethod);
            il.Emit(OpCodes.Ldstr, name);
            il.Emit(OpCodes.Call, _runtime.StringEquals);
            il.Emit(OpCodes.Brfalse, next);
            foreach (var parameter in method.Parameters)
            {
                il.Emit(OpCodes.Ldarg, parameter);
            }
            il.Emit(OpCodes.Call, entry);
            il.Emit(OpCodes.Ret);
            il.Append(next);
        }
        il.Emit(OpCodes.Ldstr, missing);
        il.Emit(OpCodes.Newobj, _runtime.InvalidOperationConstructor);
        il.Emit(OpCodes.Throw);
    }
}
