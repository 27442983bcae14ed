using System.Reflection;
using Meta.Tracing.Execution;
using Meta.Tracing.IR;
using Meta.Tracing.Recording;
using Mono.Cecil;

namespace Meta.Translator.Twins;

/// <summary>
/// The members of Meta.Tracing (and of reflection) that tracing code calls, imported into the
/// interpreter's module once. The twins reference the same Meta.Tracing assembly the translator
/// was built against.
/// </summary>
public sealed class TracingRuntime
{
    public TracingRuntime(ModuleDefinition module)
    {
        Module = module;
        Value = Import(typeof(Value));
        ValueArray = Import(typeof(Value[]));
        Context = Import(typeof(TraceContext));
        ResumeFrame = Import(typeof(ResumeFrame));
        FieldDescr = Import(typeof(FieldDescr));
        ArrayDescr = Import(typeof(ArrayDescr));
        CallDescr = Import(typeof(CallDescr));
        Constant = Import(typeof(Constant));
        ContextRecorder = Method(typeof(TraceContext), "get_Recorder");
        GetReturnShadow = Method(typeof(TraceContext), "get_ReturnShadow");
        SetReturnShadow = Method(typeof(TraceContext), "set_ReturnShadow");
        Frame = Method(typeof(TraceContext), nameof(TraceContext.Frame));
        GetStatic = Method(typeof(TraceContext), nameof(TraceContext.GetStatic));
        SetStatic = Method(typeof(TraceContext), nameof(TraceContext.SetStatic));
        NewArray = Method(typeof(TraceContext), nameof(TraceContext.NewArray));
        New = Method(typeof(TraceContext), nameof(TraceContext.New));
        AssertGreen = Method(typeof(TraceContext), nameof(TraceContext.AssertGreen));
        GetUninitializedObject = Method(typeof(System.Runtime.CompilerServices.RuntimeHelpers), nameof(System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject));
        Pure1 = Method(typeof(Recorder), nameof(Recorder.Pure), typeof(Opcode), typeof(Value), typeof(TraceValue));
        Pure2 = Method(typeof(Recorder), nameof(Recorder.Pure), typeof(Opcode), typeof(Value), typeof(Value), typeof(TraceValue));
        Branch = Method(typeof(Recorder), nameof(Recorder.Branch));
        Promote = Method(typeof(Recorder), nameof(Recorder.Promote));
        GuardClass = Method(typeof(Recorder), nameof(Recorder.GuardClass));
        GuardNull = Method(typeof(Recorder), nameof(Recorder.GuardNull));
        GetField = Method(typeof(Recorder), nameof(Recorder.GetField));
        GetQuasiImmutableField = Method(typeof(Recorder), nameof(Recorder.GetQuasiImmutableField));
        SetField = Method(typeof(Recorder), nameof(Recorder.SetField));
        GetArrayItem = Method(typeof(Recorder), nameof(Recorder.GetArrayItem));
        SetArrayItem = Method(typeof(Recorder), nameof(Recorder.SetArrayItem));
        ArrayLength = Method(typeof(Recorder), nameof(Recorder.ArrayLength));
        Call = Method(typeof(Recorder), nameof(Recorder.Call));
        EnterInlined = Method(typeof(Recorder), nameof(Recorder.EnterInlined));
        LeaveInlined = Method(typeof(Recorder), nameof(Recorder.LeaveInlined));
        ConstantNull = module.ImportReference(typeof(Constant).GetField(nameof(Tracing.IR.Constant.Null)));
        FieldDescriptor = Method(typeof(Descriptors), nameof(Descriptors.Field));
        ArrayDescriptor = Method(typeof(Descriptors), nameof(Descriptors.Array));
        CallDescriptor = Method(typeof(Descriptors), nameof(Descriptors.Call));
        FieldFromHandle = Method(typeof(FieldInfo), nameof(FieldInfo.GetFieldFromHandle), typeof(RuntimeFieldHandle), typeof(RuntimeTypeHandle));
        MethodFromHandle = Method(typeof(MethodBase), nameof(MethodBase.GetMethodFromHandle), typeof(RuntimeMethodHandle), typeof(RuntimeTypeHandle));
        TypeFromHandle = Method(typeof(Type), nameof(Type.GetTypeFromHandle));
        GetType = Method(typeof(object), nameof(GetType));
        MethodInfo = Import(typeof(MethodInfo));
        Exception = Import(typeof(Exception));
        Index = Method(typeof(TraceContext), nameof(TraceContext.Index));
        Unresumable = Method(typeof(TraceContext), nameof(TraceContext.Unresumable));
        InvalidOperationConstructor = module.ImportReference(typeof(InvalidOperationException).GetConstructor([typeof(string)]));
        ResumedFrame = Import(typeof(Meta.Tracing.Runtime.ResumedFrame));
        TraceValue = Import(typeof(TraceValue));
        FrameOffset = Method(typeof(Meta.Tracing.Runtime.ResumedFrame), "get_ILOffset");
        StackCount = Method(typeof(Meta.Tracing.Runtime.EntrySupport), nameof(Meta.Tracing.Runtime.EntrySupport.StackCount));
        EntryFrame = Method(typeof(Meta.Tracing.Runtime.EntrySupport), nameof(Meta.Tracing.Runtime.EntrySupport.Frame));
        Continuation = Import(typeof(Meta.Tracing.Runtime.PortalContinuation));
        ContinuationFrame = Method(typeof(Meta.Tracing.Runtime.PortalContinuation), "get_Frame");
        ContinuationPushed = Method(typeof(Meta.Tracing.Runtime.PortalContinuation), "get_Pushed");
        ContinuationPending = Method(typeof(Meta.Tracing.Runtime.PortalContinuation), "get_Pending");
        ContinuationConstructor = module.ImportReference(typeof(Meta.Tracing.Runtime.PortalContinuation).GetConstructors()[0]);
        PortalDriver = Import(typeof(Meta.Tracing.Runtime.PortalDriver));
        PortalDriverOf = Method(typeof(Meta.Tracing.Runtime.PortalDriver), nameof(Meta.Tracing.Runtime.PortalDriver.Of));
        PortalArmed = Method(typeof(Meta.Tracing.Runtime.PortalDriver), "get_Armed");
        PortalAtMergePoint = Method(typeof(Meta.Tracing.Runtime.PortalDriver), nameof(Meta.Tracing.Runtime.PortalDriver.AtMergePoint));
        PortalCanEnterJit = Method(typeof(Meta.Tracing.Runtime.PortalDriver), nameof(Meta.Tracing.Runtime.PortalDriver.CanEnterJit));
        PortalJit = Method(typeof(Meta.Tracing.Runtime.PortalDriver), nameof(Meta.Tracing.Runtime.PortalDriver.Jit));
        PortalTraceMergePoint = Method(typeof(Meta.Tracing.Runtime.PortalDriver), nameof(Meta.Tracing.Runtime.PortalDriver.TraceMergePoint));
        TraceEntryConstructor = module.ImportReference(typeof(Meta.Tracing.Runtime.TraceEntry).GetConstructors()[0]);
        ResumeEntryConstructor = module.ImportReference(typeof(Meta.Tracing.Runtime.ResumeEntry).GetConstructors()[0]);
        StringEquals = Method(typeof(string), nameof(string.Equals), typeof(string), typeof(string));
        Raised = Method(typeof(TraceContext), nameof(TraceContext.Raised));
        Throwing = Method(typeof(TraceContext), nameof(TraceContext.Throwing));
        Rethrowing = Method(typeof(TraceContext), nameof(TraceContext.Rethrowing));
        Caught = Method(typeof(TraceContext), nameof(TraceContext.Caught));
        Unwinding = Method(typeof(TraceContext), nameof(TraceContext.Unwinding));
        InlineDepth = Method(typeof(Recorder), "get_InlineDepth");
    }

    public ModuleDefinition Module { get; }
    public TypeReference Value { get; }
    public TypeReference ValueArray { get; }
    public TypeReference Context { get; }
    public TypeReference ResumeFrame { get; }
    public TypeReference FieldDescr { get; }
    public TypeReference ArrayDescr { get; }
    public TypeReference CallDescr { get; }
    public TypeReference Constant { get; }
    public TypeReference MethodInfo { get; }
    public TypeReference Exception { get; }
    public MethodReference Index { get; }
    public MethodReference Unresumable { get; }
    public MethodReference InvalidOperationConstructor { get; }
    public TypeReference ResumedFrame { get; }
    public TypeReference TraceValue { get; }
    public MethodReference FrameOffset { get; }
    public MethodReference StackCount { get; }
    public MethodReference EntryFrame { get; }
    public TypeReference Continuation { get; }
    public MethodReference ContinuationFrame { get; }
    public MethodReference ContinuationPushed { get; }
    public MethodReference ContinuationPending { get; }
    public MethodReference ContinuationConstructor { get; }
    public TypeReference PortalDriver { get; }
    public MethodReference PortalDriverOf { get; }
    public MethodReference PortalArmed { get; }
    public MethodReference PortalAtMergePoint { get; }
    public MethodReference PortalCanEnterJit { get; }
    public MethodReference PortalJit { get; }
    public MethodReference PortalTraceMergePoint { get; }
    public MethodReference TraceEntryConstructor { get; }
    public MethodReference ResumeEntryConstructor { get; }
    public MethodReference StringEquals { get; }

    /// <summary>EntrySupport.LocalInt/.../StackRef: a slot of a ResumedFrame as a concrete value of the kind.</summary>
    public MethodReference FrameSlot(bool stack, ShadowKind kind) =>
        Method(typeof(Meta.Tracing.Runtime.EntrySupport), (stack ? "Stack" : "Local") + KindMethod(kind));

    /// <summary>EntrySupport.PushedInt/Long/Float: a callee's boxed result as a value of the kind.</summary>
    public MethodReference Pushed(ShadowKind kind) => Method(typeof(Meta.Tracing.Runtime.EntrySupport), "Pushed" + KindMethod(kind));
    public MethodReference Raised { get; }
    public MethodReference Throwing { get; }
    public MethodReference Rethrowing { get; }
    public MethodReference Caught { get; }
    public MethodReference Unwinding { get; }
    public MethodReference InlineDepth { get; }
    public MethodReference ContextRecorder { get; }
    public MethodReference GetReturnShadow { get; }
    public MethodReference SetReturnShadow { get; }
    public MethodReference Frame { get; }
    public MethodReference GetStatic { get; }
    public MethodReference SetStatic { get; }
    public MethodReference NewArray { get; }
    public MethodReference New { get; }
    public MethodReference AssertGreen { get; }
    public MethodReference GetUninitializedObject { get; }
    public MethodReference Pure1 { get; }
    public MethodReference Pure2 { get; }
    public MethodReference Branch { get; }
    public MethodReference Promote { get; }
    public MethodReference GuardClass { get; }
    public MethodReference GuardNull { get; }
    public MethodReference GetField { get; }
    public MethodReference GetQuasiImmutableField { get; }
    public MethodReference SetField { get; }
    public MethodReference GetArrayItem { get; }
    public MethodReference SetArrayItem { get; }
    public MethodReference ArrayLength { get; }
    public MethodReference Call { get; }
    public MethodReference EnterInlined { get; }
    public MethodReference LeaveInlined { get; }
    public FieldReference ConstantNull { get; }
    public MethodReference FieldDescriptor { get; }
    public MethodReference ArrayDescriptor { get; }
    public MethodReference CallDescriptor { get; }
    public MethodReference FieldFromHandle { get; }
    public MethodReference MethodFromHandle { get; }
    public MethodReference TypeFromHandle { get; }
    public new MethodReference GetType { get; }

    /// <summary>TraceValue.Int/Long/Float/Ref: the concrete value of a kind as the recorder takes it.</summary>
    public MethodReference TraceValueOf(ShadowKind kind) => Method(typeof(TraceValue), KindMethod(kind));

    /// <summary>Constant.Int/Long/Float/Ref: the shadow of a value the IL states.</summary>
    public MethodReference ConstantOf(ShadowKind kind) => Method(typeof(Constant), KindMethod(kind));

    /// <summary>The ResidualArithmetic helper standing for div.un, rem.un, or rem on doubles.</summary>
    public MethodReference ResidualArithmetic(string name, ShadowKind kind)
    {
        var clr = kind switch { ShadowKind.I32 => typeof(int), ShadowKind.I64 => typeof(long), _ => typeof(double) };
        return Method(typeof(ResidualArithmetic), name, clr, clr);
    }

    /// <summary>TraceContext.AddOvf/SubOvf/MulOvf for int32 or int64 operands.</summary>
    public MethodReference Overflow(string name, ShadowKind kind)
    {
        var clr = kind == ShadowKind.I32 ? typeof(int) : typeof(long);
        return Method(typeof(TraceContext), name, clr, clr, typeof(Value), typeof(Value), typeof(ResumeFrame), typeof(Value).MakeByRefType());
    }

    public TypeReference ClrType(ShadowKind kind) => kind switch
    {
        ShadowKind.I32 => Module.TypeSystem.Int32,
        ShadowKind.I64 => Module.TypeSystem.Int64,
        ShadowKind.F64 => Module.TypeSystem.Double,
        _ => Module.TypeSystem.Object,
    };

    private static string KindMethod(ShadowKind kind) => kind switch
    {
        ShadowKind.I32 => "Int",
        ShadowKind.I64 => "Long",
        ShadowKind.F64 => "Float",
        _ => "Ref",
    };

    private TypeReference Import(Type type) => Module.ImportReference(type);

    private MethodReference Method(Type type, string name, params Type[] parameters)
    {
        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
            .Where(m => m.Name == name && (parameters.Length == 0 || m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters)))
            .ToList();
        return candidates.Count == 1
            ? Module.ImportReference(candidates[0])
            : throw new InvalidOperationException($"{type.Name}.{name} is not one method ({candidates.Count} found)");
    }
}
