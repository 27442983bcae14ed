using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// The helper methods residual calls of twins go through, added to the type of the calling
/// twin (which can call whatever the original calls):
/// <list type="bullet">
/// <item>a <i>guard</i> per callee: runs the callee in a try block, and when it raises records
/// the call with guard_exception (TraceContext.Raised) before any handler of the interpreter
/// runs, then rethrows (RPython's pyjitpl.py records the call and guard_exception the same way,
/// in handle_possible_exception). The twin cannot hold the try block itself: the IL stack must
/// be empty where a try block starts, and a call's operands usually sit above other values.</item>
/// <item>a <i>factory</i> per constructor without twin (<c>Type$new</c>): newobj as a static
/// method, so that a residual allocation has a CLR method for its call descriptor.</item>
/// <item>an <i>initializer</i> per base constructor without twin (<c>Type$init</c>): the base
/// constructor run on an object the derived constructor's twin is building.</item>
/// <item>a <i>value receiver</i> per method of a primitive struct (<c>Int64$CompareTo</c>): the
/// method called on the address of its by-value first argument (see PrimitiveReceivers).</item>
/// </list>
/// The generator emits the bodies again until no twin is dropped; <see cref="Remove"/> drops the
/// helpers of a previous round.
/// </summary>
public sealed class ResidualCalls(TracingRuntime runtime)
{
    private readonly Dictionary<(TypeDefinition, string), MethodDefinition> _helpers = [];

    /// <summary>The guard of a call of <paramref name="callee"/>: its parameters, then the context, the descriptor, the arguments' shadows and the call's resume frame.</summary>
    public MethodReference Guard(TypeDefinition owner, MethodReference callee, bool virtualCall)
    {
        var key = (virtualCall ? "callvirt " : "call ") + callee.FullName;
        return Helper(owner, key, () =>
        {
            var module = owner.Module;
            var parameters = Parameters(callee);
            var result = module.ImportReference(GenericArguments.ReturnType(callee));
            var guard = new MethodDefinition($"{callee.Name}$guard{Count(owner)}", HelperAttributes, result);
            foreach (var (type, i) in parameters.Select((t, i) => (t, i)))
            {
                guard.Parameters.Add(new ParameterDefinition($"a{i}", ParameterAttributes.None, module.ImportReference(type)));
            }
            var context = Add(guard, "context", runtime.Context);
            var descr = Add(guard, "descr", runtime.CallDescr);
            var shadows = Add(guard, "shadows", runtime.ValueArray);
            var frame = Add(guard, "frame", runtime.ResumeFrame);
            var il = guard.Body.GetILProcessor();
            var returns = result.MetadataType != MetadataType.Void;
            var value = returns ? new VariableDefinition(result) : null;
            var exception = new VariableDefinition(runtime.Exception);
            if (value is not null)
            {
                guard.Body.Variables.Add(value);
            }
            guard.Body.Variables.Add(exception);
            var tryStart = il.Create(OpCodes.Nop);
            il.Append(tryStart);
            for (var i = 0; i < parameters.Count; i++)
            {
                il.Emit(OpCodes.Ldarg, guard.Parameters[i]);
            }
            il.Emit(virtualCall ? OpCodes.Callvirt : OpCodes.Call, callee);
            if (value is not null)
            {
                il.Emit(OpCodes.Stloc, value);
            }
            var end = value is null ? il.Create(OpCodes.Ret) : il.Create(OpCodes.Ldloc, value);
            il.Emit(OpCodes.Leave, end);
            var handlerStart = il.Create(OpCodes.Stloc, exception);
            il.Append(handlerStart);
            il.Emit(OpCodes.Ldarg, context);
            il.Emit(OpCodes.Ldarg, descr);
            il.Emit(OpCodes.Ldarg, shadows);
            il.Emit(OpCodes.Ldloc, exception);
            il.Emit(OpCodes.Ldarg, frame);
            il.Emit(OpCodes.Callvirt, runtime.Raised);
            il.Emit(OpCodes.Rethrow);
            il.Append(end);
            if (value is not null)
            {
                il.Emit(OpCodes.Ret);
            }
            guard.Body.ExceptionHandlers.Add(new ExceptionHandler(ExceptionHandlerType.Catch)
            {
                TryStart = tryStart,
                TryEnd = handlerStart,
                HandlerStart = handlerStart,
                HandlerEnd = end,
                CatchType = runtime.Exception,
            });
            return guard;
        });
    }

    /// <summary>A static method doing <c>newobj <paramref name="constructor"/></c>.</summary>
    public MethodReference Factory(TypeDefinition owner, MethodReference constructor) =>
        Helper(owner, "new " + constructor.FullName, () =>
        {
            var module = owner.Module;
            var factory = new MethodDefinition($"{constructor.DeclaringType.Name}$new", HelperAttributes, module.ImportReference(constructor.DeclaringType));
            var il = factory.Body.GetILProcessor();
            foreach (var (type, i) in Parameters(constructor, receiver: false).Select((t, i) => (t, i)))
            {
                factory.Parameters.Add(new ParameterDefinition($"a{i}", ParameterAttributes.None, module.ImportReference(type)));
                il.Emit(OpCodes.Ldarg, factory.Parameters[i]);
            }
            il.Emit(OpCodes.Newobj, constructor);
            il.Emit(OpCodes.Ret);
            return factory;
        });

    /// <summary>A static method running the base constructor <paramref name="constructor"/> on its first argument, an object of <paramref name="owner"/>.</summary>
    public MethodReference Initializer(TypeDefinition owner, MethodReference constructor) =>
        Helper(owner, "init " + constructor.FullName, () =>
        {
            var module = owner.Module;
            var initializer = new MethodDefinition($"{constructor.DeclaringType.Name}$init", HelperAttributes, module.TypeSystem.Void);
            initializer.Parameters.Add(new ParameterDefinition("self", ParameterAttributes.None, owner));
            var il = initializer.Body.GetILProcessor();
            il.Emit(OpCodes.Ldarg_0);
            foreach (var (type, i) in Parameters(constructor, receiver: false).Select((t, i) => (t, i)))
            {
                initializer.Parameters.Add(new ParameterDefinition($"a{i}", ParameterAttributes.None, module.ImportReference(type)));
                il.Emit(OpCodes.Ldarg, initializer.Parameters[i + 1]);
            }
            il.Emit(OpCodes.Call, constructor);
            il.Emit(OpCodes.Ret);
            return initializer;
        });

    /// <summary>A static method calling <paramref name="method"/> of a primitive struct on the address of its first argument, the value.</summary>
    public MethodReference ValueReceiver(TypeDefinition owner, MethodReference method) =>
        Helper(owner, "value " + method.FullName, () =>
        {
            var module = owner.Module;
            var helper = new MethodDefinition($"{method.DeclaringType.Name}${method.Name}", HelperAttributes, module.ImportReference(GenericArguments.ReturnType(method)));
            var il = helper.Body.GetILProcessor();
            foreach (var (type, i) in Parameters(method).Select((t, i) => (t, i)))
            {
                helper.Parameters.Add(new ParameterDefinition($"a{i}", ParameterAttributes.None, module.ImportReference(type)));
                il.Emit(i == 0 ? OpCodes.Ldarga : OpCodes.Ldarg, helper.Parameters[i]);
            }
            il.Emit(OpCodes.Call, method);
            il.Emit(OpCodes.Ret);
            return helper;
        });

    /// <summary>Drops every helper made so far.</summary>
    public void Remove()
    {
        foreach (var ((owner, _), helper) in _helpers)
        {
            owner.Methods.Remove(helper);
        }
        _helpers.Clear();
    }

    private const MethodAttributes HelperAttributes = MethodAttributes.Assembly | MethodAttributes.Static | MethodAttributes.HideBySig;

    /// <summary>The receiver of an instance method when <paramref name="receiver"/>, then the parameters, generic arguments substituted.</summary>
    private static List<TypeReference> Parameters(MethodReference method, bool receiver = true)
    {
        var types = new List<TypeReference>();
        if (method.HasThis && receiver)
        {
            types.Add(method.DeclaringType);
        }
        types.AddRange(method.Parameters.Select((_, i) => GenericArguments.ParameterType(method, i)));
        return types;
    }

    private int Count(TypeDefinition owner) => _helpers.Keys.Count(k => k.Item1 == owner);

    private static ParameterDefinition Add(MethodDefinition method, string name, TypeReference type)
    {
        var parameter = new ParameterDefinition(name, ParameterAttributes.None, type);
        method.Parameters.Add(parameter);
        return parameter;
    }

    private MethodReference Helper(TypeDefinition owner, string key, Func<MethodDefinition> make)
    {
        if (!_helpers.TryGetValue((owner, key), out var helper))
        {
            helper = make();
            owner.Methods.Add(helper);
            _helpers[(owner, key)] = helper;
        }
        return helper;
    }
}
