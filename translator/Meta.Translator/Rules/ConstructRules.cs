using Mono.Cecil;
using Mono.Cecil.Cil;
using Meta.Translator.Analysis;
using Meta.Translator.Diagnostics;
using Meta.Translator.Hints;

namespace Meta.Translator.Rules;

/// <summary>
/// Instruction-level RC# rules over a traced method: what a tracing twin cannot record. RPython
/// reaches the same restrictions from the other side: its flow space and annotator reject
/// closures, generators and dynamic features before the JIT codewriter ever sees a graph.
/// </summary>
public static class ConstructRules
{
    /// <summary>System.Type members that are not reflection: typeof and type identity.</summary>
    private static readonly HashSet<string> TypeMembersAllowed = ["GetTypeFromHandle", "op_Equality", "op_Inequality", "get_TypeHandle"];

    public static void Check(MethodDefinition method, DiagnosticBag bag)
    {
        var reportedLocals = new HashSet<VariableDefinition>();
        // A lambda's closure class is created with the lambda (its ldftn is reported); created alone, the
        // lambda was optimized away but the captured variables still live in a closure.
        var hasLambda = method.Body.Instructions.Any(i => i.OpCode.Code is Code.Ldftn or Code.Ldvirtftn);
        foreach (var instruction in method.Body.Instructions)
        {
            var offset = instruction.Offset;
            var code = instruction.OpCode.Code;
            var operand = instruction.Operand;
            // ldloc.0 and friends carry the variable in the opcode, not as an operand.
            if (operand is null && (VariableAccess.Read(instruction, method) ?? VariableAccess.Written(instruction, method)) is { IsArgument: false } variable)
            {
                operand = method.Body.Variables[variable.Index];
            }
            switch (operand)
            {
                case MethodReference callee when code is Code.Ldftn or Code.Ldvirtftn:
                    if (callee.Name.StartsWith('<') || TypeNames.IsClosureClass(callee.DeclaringType))
                    {
                        bag.Report(RuleIds.Closure, method, offset, $"lambda '{callee.Name}': RC# has no lambdas or closures; use a class with a virtual method");
                    }
                    else
                    {
                        bag.Report(RuleIds.DelegateCreation, method, offset, $"delegate created from '{callee.Name}': RC# has no delegates; call the method, or dispatch through a virtual method");
                    }
                    continue;
                case MethodReference callee when code == Code.Newobj && TypeNames.IsClosureClass(callee.DeclaringType):
                    if (!hasLambda)
                    {
                        bag.Report(RuleIds.Closure, method, offset, "closure: variables captured by a lambda live in a compiler-made class; RC# has no closures");
                    }
                    break;
                case MethodReference callee when KnownNames.IsHintCall(callee):
                    break; // the merge point rules check hints
                case MethodReference callee:
                    CheckCall(method, instruction, callee, bag);
                    break;
                // Captured variables of a lambda live in a class whose creation goes with the lambda's
                // ldftn (reported there); a capturing local function uses a struct and no ldftn.
                case VariableDefinition local when TypeNames.IsClosureClass(local.VariableType) && local.VariableType.IsValueType:
                    if (reportedLocals.Add(local))
                    {
                        bag.Report(RuleIds.Closure, method, offset, "captured variables of a local function or lambda: RC# has no closures; pass the values as arguments");
                    }
                    break;
                case VariableDefinition local when TypeNames.IsUnsafe(local.VariableType):
                    if (reportedLocals.Add(local))
                    {
                        bag.Report(RuleIds.Unsafe, method, offset, local.VariableType.IsPinned
                            ? "fixed: a pinned variable; RC# has no pointers or fixed"
                            : $"variable of pointer type '{local.VariableType.FullName}': RC# has no pointers");
                    }
                    break;
                case TypeReference type when TypeNames.IsUnsafe(type):
                    bag.Report(RuleIds.Unsafe, method, offset, $"pointer type '{type.FullName}': RC# has no pointers");
                    break;
                case FieldReference field when TypeNames.IsUnsafe(field.FieldType):
                    bag.Report(RuleIds.Unsafe, method, offset, $"field '{field.Name}' of pointer type: RC# has no pointers");
                    break;
                // Array initializers load their data with ldtoken of a compiler-made field: not reflection.
                case FieldReference field when code == Code.Ldtoken && field.DeclaringType.Name.StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal):
                    break;
                case MethodReference or FieldReference when code == Code.Ldtoken:
                    bag.Report(RuleIds.Reflection, method, offset, "ldtoken of a member: RC# has no reflection");
                    break;
            }
            if (!OpcodeTable.IsSupported(code))
            {
                switch (code)
                {
                    case Code.Localloc:
                        bag.Report(RuleIds.Unsafe, method, offset, "stackalloc: RC# has no stack allocation; use an array");
                        break;
                    case Code.Calli:
                        bag.Report(RuleIds.Unsafe, method, offset, "call through a function pointer: RC# has no function pointers");
                        break;
                    case Code.Endfilter:
                        bag.Report(RuleIds.ExceptionFilter, method, offset, "exception filter ('when'): test inside the catch block and rethrow instead");
                        break;
                    case Code.Ldftn or Code.Ldvirtftn:
                        break; // reported above with its target
                    default:
                        bag.Report(RuleIds.UnsupportedOpcode, method, offset, $"the tracer does not handle the IL instruction '{instruction.OpCode.Name}'");
                        break;
                }
            }
        }
    }

    /// <summary>The dynamic binder's call sites (a dynamic operation calls its site's delegate).</summary>
    private static bool IsCallSite(TypeReference type) =>
        type.Name.StartsWith("CallSite", StringComparison.Ordinal) && TypeNames.InNamespace(type, "System.Runtime.CompilerServices");

    private static void CheckCall(MethodDefinition method, Instruction instruction, MethodReference callee, DiagnosticBag bag)
    {
        var offset = instruction.Offset;
        var owner = callee.DeclaringType;
        var name = $"{owner.Name}.{callee.Name}";
        if (TypeNames.InNamespace(owner, "System.Linq"))
        {
            bag.Report(RuleIds.Linq, method, offset, $"LINQ call '{name}': write the loop (in an [UnrollSafe] or residual method)");
            return;
        }
        if (TypeNames.InNamespace(owner, "Microsoft.CSharp.RuntimeBinder") || IsCallSite(owner)
            || owner is GenericInstanceType { GenericArguments: [var first, ..] } && IsCallSite(first))
        {
            bag.Report(RuleIds.Dynamic, method, offset, "dynamic: RC# is statically typed; use a class hierarchy or type tests");
            return;
        }
        if (TypeNames.InNamespace(owner, "System.Reflection") || owner.FullName == "System.Activator"
            || owner.FullName == "System.Type" && !TypeMembersAllowed.Contains(callee.Name))
        {
            bag.Report(RuleIds.Reflection, method, offset, $"reflection '{name}': the tracer cannot see through it; use virtual methods or tables built at startup");
            return;
        }
        // The Monitor.Exit of a lock statement sits in its finally; the Monitor.Enter is reported.
        if (owner.FullName == "System.Threading.Monitor" && callee.Name == "Exit")
        {
            return;
        }
        if (TypeNames.InNamespace(owner, "System.Threading") || callee.DeclaringType.FullName == "System.Runtime.CompilerServices.AsyncTaskMethodBuilder")
        {
            bag.Report(RuleIds.Threading, method, offset, $"'{name}': locks, threads and tasks are not traceable; move them into a [DontLookInside] method");
            return;
        }
        if (callee.Name is "Invoke" or "BeginInvoke" or "EndInvoke" or "DynamicInvoke" || owner.FullName is "System.Delegate" or "System.MulticastDelegate")
        {
            var type = owner.Resolve();
            if (type is null)
            {
                bag.Report(RuleIds.UnresolvedReference, method, offset, $"cannot resolve '{owner.FullName}' (assembly '{owner.Scope.Name}') to tell whether '{callee.Name}' invokes a delegate; pass the assembly as a reference");
                return;
            }
            if (type.FullName is "System.Delegate" or "System.MulticastDelegate" || type.BaseType?.FullName == "System.MulticastDelegate")
            {
                bag.Report(RuleIds.DelegateInvocation, method, offset, $"delegate invocation '{name}': RC# has no delegates; dispatch through a virtual method");
                return;
            }
        }
        if (TypeNames.IsUnsafe(callee.ReturnType) || callee.Parameters.Any(p => TypeNames.IsUnsafe(p.ParameterType)))
        {
            bag.Report(RuleIds.Unsafe, method, offset, $"'{name}' takes or returns a pointer: RC# has no pointers");
            return;
        }
        if (instruction.OpCode.Code == Code.Callvirt && callee is GenericInstanceMethod generic)
        {
            var definition = generic.ElementMethod.Resolve();
            if (definition is null)
            {
                bag.Report(RuleIds.UnresolvedReference, method, offset, $"cannot resolve '{name}' (assembly '{owner.Scope.Name}') to tell whether it is a generic virtual method; pass the assembly as a reference");
            }
            else if (definition.IsVirtual && !definition.IsFinal)
            {
                bag.Report(RuleIds.GenericVirtual, method, offset, $"call of the generic virtual method '{name}': a trace cannot guard on its instantiation; make it non-virtual or non-generic");
            }
        }
    }
}
