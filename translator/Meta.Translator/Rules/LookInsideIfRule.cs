using Mono.Cecil;
using Meta.Translator.Diagnostics;
using Meta.Translator.Hints;

namespace Meta.Translator.Rules;

/// <summary>
/// [LookInsideIf("P")] names a static bool method P of the same class taking the method's
/// arguments (the receiver first for an instance method), as RPython's look_inside_iff takes a
/// predicate over the same arguments. The tracer calls it with constant arguments, so it must exist
/// with that shape.
/// </summary>
public static class LookInsideIfRule
{
    public static void Check(MethodDefinition method, DiagnosticBag bag)
    {
        var attribute = method.CustomAttributes.First(a => a.AttributeType.FullName == KnownNames.LookInsideIf);
        var name = attribute.ConstructorArguments[0].Value as string;
        var expected = method.Parameters.Select(p => p.ParameterType.FullName).ToList();
        if (method.HasThis)
        {
            expected.Insert(0, method.DeclaringType.FullName);
        }
        var found = method.DeclaringType.Methods.Any(m => m.Name == name && m.IsStatic && m.ReturnType.FullName == "System.Boolean"
            && m.Parameters.Select(p => p.ParameterType.FullName).SequenceEqual(expected));
        if (!found)
        {
            bag.Report(RuleIds.BadLookInsideIf, method, -1,
                $"[LookInsideIf(\"{name}\")] on '{method.Name}' needs 'static bool {name}({string.Join(", ", expected)})' in {method.DeclaringType.Name}");
        }
    }
}
