using Mono.Cecil;
using Mono.Cecil.Cil;
using Meta.Translator.Analysis;
using Meta.Translator.Diagnostics;
using Meta.Translator.Hints;

namespace Meta.Translator.Rules;

/// <summary>
/// <c>Hints.RecordKnownResult(result, typeof(Owner), "Method", argument)</c> names its method by
/// type and string (RC# has no delegates), so the translator checks what the C# compiler cannot:
/// Owner is a class of the interpreter with exactly one static [Elidable] method of that name
/// taking one argument (RPython's record_known_result takes the elidable function itself).
/// </summary>
public static class KnownResultRule
{
    public static void Check(MethodDefinition method, DiagnosticBag bag)
    {
        ControlFlowGraph? graph = null;
        foreach (var call in method.Body.Instructions)
        {
            if (call.OpCode.Code != Code.Call || call.Operand is not MethodReference { Name: "RecordKnownResult" } callee || callee.DeclaringType.FullName != KnownNames.Hints)
            {
                continue;
            }
            graph ??= ControlFlowGraph.Build(method);
            var arguments = CallArguments.Find(call, method, graph);
            var owner = arguments.Starts[1] is { OpCode.Code: Code.Ldtoken, Operand: TypeReference type } ? type : null;
            var name = arguments.Producers[2] is { OpCode.Code: Code.Ldstr, Operand: string text } ? text : null;
            if (owner is null || name is null)
            {
                bag.Report(RuleIds.BadKnownResult, method, call.Offset, "RecordKnownResult needs typeof(Owner) and a string literal naming the method");
                continue;
            }
            var definition = owner.Resolve();
            var candidates = definition is null || definition.Module != method.Module
                ? []
                : definition.Methods.Where(m => m.Name == name && m.IsStatic && m.Parameters.Count == 1 && KnownNames.Has(m, KnownNames.Elidable)).ToList();
            if (candidates.Count != 1)
            {
                bag.Report(RuleIds.BadKnownResult, method, call.Offset,
                    $"RecordKnownResult names '{owner.Name}.{name}', but {owner.Name} has {(candidates.Count == 0 ? "no" : "more than one")} static [Elidable] method '{name}' with one parameter in this assembly");
            }
        }
    }
}
