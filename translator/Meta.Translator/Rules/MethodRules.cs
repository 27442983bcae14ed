using Mono.Cecil;
using Mono.Cecil.Cil;
using Meta.Translator.Diagnostics;

namespace Meta.Translator.Rules;

/// <summary>RC# rules about a traced method as a whole: state machines, handlers, signature.</summary>
public static class MethodRules
{
    private const string AsyncAttribute = "System.Runtime.CompilerServices.AsyncStateMachineAttribute";
    private const string AsyncIteratorAttribute = "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute";
    private const string IteratorAttribute = "System.Runtime.CompilerServices.IteratorStateMachineAttribute";

    public static void Check(MethodDefinition method, DiagnosticBag bag)
    {
        foreach (var attribute in method.CustomAttributes)
        {
            var kind = attribute.AttributeType.FullName;
            if (kind is not (AsyncAttribute or AsyncIteratorAttribute or IteratorAttribute))
            {
                continue;
            }
            // The stub has no statements; report at the state machine's body, which holds the method's code.
            var (target, offset) = StateMachineBody(attribute) is { } body ? (body, -1) : (method, -1);
            if (kind == IteratorAttribute)
            {
                bag.Report(RuleIds.Iterator, target, offset, $"iterator method '{method.Name}' (yield): RC# has no iterators; return an array or list, or write a cursor class");
            }
            else
            {
                bag.Report(RuleIds.Async, target, offset, $"async method '{method.Name}': RC# has no async; the interpreter's loop is synchronous");
            }
        }
        if (method.IsSynchronized)
        {
            bag.Report(RuleIds.Threading, method, -1, $"'{method.Name}' is synchronized (MethodImplOptions.Synchronized): locks are not traceable");
        }
        if (method.IsVirtual && method.HasGenericParameters)
        {
            bag.Report(RuleIds.GenericVirtual, method, -1, $"generic virtual method '{method.Name}': make it non-virtual or non-generic");
        }
        if (TypeNames.IsUnsafe(method.ReturnType) || method.Parameters.Any(p => TypeNames.IsUnsafe(p.ParameterType)))
        {
            bag.Report(RuleIds.Unsafe, method, -1, $"'{method.Name}' takes or returns a pointer: RC# has no pointers");
        }
        foreach (var handler in method.Body.ExceptionHandlers)
        {
            // Filters are reported at their endfilter, which the PDB puts on the 'when' line.
            if (handler.HandlerType == ExceptionHandlerType.Fault)
            {
                bag.Report(RuleIds.ExceptionFilter, method, handler.HandlerStart.Offset, "fault handler: the tracer resumes only try/catch/finally");
            }
        }
    }

    private static MethodDefinition? StateMachineBody(CustomAttribute attribute) =>
        attribute.ConstructorArguments is [{ Value: TypeReference type }]
            ? type.Resolve()?.Methods.FirstOrDefault(m => m.Name == "MoveNext" && m.HasBody)
            : null;
}
