using Mono.Cecil;
using Mono.Cecil.Cil;
using Meta.Translator.Diagnostics;
using Meta.Translator.Hints;
using Meta.Translator.Plan;

namespace Meta.Translator.Rules;

/// <summary>
/// Rules on the interpreter's declarations for the JIT, checked at translation time as RPython
/// does when it builds its VirtualizableInfo (rpython/jit/metainterp/virtualizable.py) from
/// _virtualizable_ and reads _immutable_fields_: a driver's virtualizable is one of its reds and its value is an
/// object of a [Virtualizable] class; the fields a [Virtualizable] lists exist, and those written
/// "name[*]" are arrays; [ImmutableElements] fields are arrays.
/// </summary>
public static class DeclarationRules
{
    public static void Check(ModuleDefinition module, TranslationPlan plan, DiagnosticBag bag)
    {
        foreach (var driver in plan.Drivers.Values)
        {
            if (driver.Virtualizable is { } name && !driver.Reds.Contains(name))
            {
                var (method, offset) = Declaration(driver.Field);
                bag.Report(RuleIds.BadVirtualizable, method, offset, $"the virtualizable '{name}' of driver '{driver.Name}' is not one of its reds ({string.Join(", ", driver.Reds)})");
            }
        }
        foreach (var type in module.GetTypes())
        {
            if (type.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == KnownNames.Virtualizable) is { } attribute)
            {
                CheckVirtualizable(type, attribute, bag);
            }
            foreach (var field in type.Fields.Where(f => KnownNames.Has(f, KnownNames.ImmutableElements) && !f.FieldType.IsArray))
            {
                if (FirstMethodWithCode(type) is { } method)
                {
                    bag.Report(RuleIds.BadImmutableElements, method, -1, $"[ImmutableElements] on '{type.Name}.{field.Name}' of type '{field.FieldType.Name}': only arrays have elements; use readonly for the field itself");
                }
            }
        }
        foreach (var site in plan.MergePoints.Where(s => s.Driver?.Virtualizable is not null))
        {
            CheckVirtualizableArgument(site, bag);
        }
    }

    private static void CheckVirtualizable(TypeDefinition type, CustomAttribute attribute, DiagnosticBag bag)
    {
        var method = FirstMethodWithCode(type);
        if (method is null)
        {
            return; // no code, no position; a class without code has no frames to check either
        }
        var names = attribute.ConstructorArguments[0].Value is CustomAttributeArgument[] items ? items.Select(i => i.Value as string) : [];
        foreach (var entry in names)
        {
            if (entry is null)
            {
                bag.Report(RuleIds.BadVirtualizable, method, -1, $"[Virtualizable] on '{type.Name}' lists null");
                continue;
            }
            var (name, isArray) = VirtualizableFields.Parse(entry);
            var fields = VirtualizableFields.Find(type, name);
            if (fields.Count == 0)
            {
                bag.Report(RuleIds.BadVirtualizable, method, -1, $"[Virtualizable] on '{type.Name}' lists '{entry}', which is not an instance field of it");
            }
            else if (fields.Count > 1)
            {
                bag.Report(RuleIds.BadVirtualizable, method, -1, $"[Virtualizable] on '{type.Name}' lists '{entry}', which could be any of {string.Join(", ", fields.Select(f => f.Name))}: use the field's exact name");
            }
            else if (isArray && !fields[0].FieldType.IsArray)
            {
                bag.Report(RuleIds.BadVirtualizable, method, -1, $"[Virtualizable] on '{type.Name}' lists '{entry}', but '{fields[0].Name}' is not an array");
            }
        }
    }

    private static void CheckVirtualizableArgument(DriverCallSite site, DiagnosticBag bag)
    {
        var driver = site.Driver!;
        var index = driver.Arguments.ToList().IndexOf(driver.Virtualizable!);
        // Every MergePoint overload is generic: its type arguments are the arguments' static types.
        if (site.Call.Operand is not GenericInstanceMethod callee || index < 0 || index >= callee.GenericArguments.Count)
        {
            return; // not a red (reported above) or a wrong argument count (META0013)
        }
        var type = callee.GenericArguments[index].Resolve();
        if (type is null || !KnownNames.Has(type, KnownNames.Virtualizable))
        {
            bag.Report(RuleIds.BadVirtualizable, site.Method, site.Call.Offset,
                $"the virtualizable '{driver.Virtualizable}' is passed as '{callee.GenericArguments[index].Name}', which is not a [Virtualizable] class");
        }
    }

    /// <summary>Types have no source position in the PDB: the first of their methods with statements stands in.</summary>
    private static MethodDefinition? FirstMethodWithCode(TypeDefinition type) =>
        type.Methods.FirstOrDefault(m => m.HasBody && m.DebugInformation.HasSequencePoints) ?? type.Methods.FirstOrDefault(m => m.HasBody);

    private static (MethodDefinition Method, int Offset) Declaration(FieldDefinition field)
    {
        var constructor = field.DeclaringType.Methods.First(m => m.IsConstructor && m.IsStatic && m.HasBody);
        var store = constructor.Body.Instructions.Last(i => i.OpCode.Code == Code.Stsfld && ((FieldReference)i.Operand).Resolve() == field);
        return (constructor, store.Offset);
    }
}
