using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// The generated <c>&lt;MetaResume&gt;.Resume(frame, pushed, pending)</c>: calls the resume
/// entry of the method a resume frame names (<c>Type.Method</c>, as twins name frames). The
/// portal passes it to the PortalDriver as its ResumeEntry.
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
    }

    public MethodDefinition Method { get; }

    /// <summary>The body: one test of the frame's method name per entry.</summary>
    public void Fill(IEnumerable<(string FrameName, MethodDefinition Entry)> entries)
    {
        Method.Body = new MethodBody(Method);
        var il = Method.Body.GetILProcessor();
        var frameMethod = Method.Module.ImportReference(typeof(Meta.Tracing.Runtime.ResumedFrame).GetProperty("Method")!.GetMethod);
        foreach (var (name, entry) in entries)
        {
            var next = il.Create(OpCodes.Nop);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Callvirt, frameMethod);
            il.Emit(OpCodes.Ldstr, name);
            il.Emit(OpCodes.Call, _runtime.StringEquals);
            il.Emit(OpCodes.Brfalse, next);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldarg_2);
            il.Emit(OpCodes.Call, entry);
            il.Emit(OpCodes.Ret);
            il.Append(next);
        }
        il.Emit(OpCodes.Ldstr, "no resume entry for the frame's method");
        il.Emit(OpCodes.Newobj, _runtime.InvalidOperationConstructor);
        il.Emit(OpCodes.Throw);
    }
}
