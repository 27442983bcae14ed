using Mono.Cecil;

namespace Meta.Translator.Plan;

/// <summary>
/// For each virtual method of the module, the methods of the module that may run when it is
/// called: overrides in derived classes and implementations of interface methods. A virtual
/// call in a traced method reaches all of them (RPython looks inside every graph of an indirect
/// call's family, codewriter/call.py). Matching is by name and parameter types; through a
/// generic base class only by name and parameter count, which may add methods but never drops one.
/// </summary>
public sealed class OverrideIndex
{
    private readonly Dictionary<MethodDefinition, List<MethodDefinition>> _implementations = [];

    public OverrideIndex(ModuleDefinition module)
    {
        foreach (var type in module.GetTypes())
        {
            foreach (var method in type.Methods.Where(m => m.IsVirtual))
            {
                foreach (var overridden in method.Overrides)
                {
                    if (overridden.Resolve() is { } target && target.Module == module)
                    {
                        Add(target, method);
                    }
                }
                if (!method.IsNewSlot)
                {
                    for (var baseType = type.BaseType; baseType is not null;)
                    {
                        var definition = baseType.Resolve();
                        if (definition is null || definition.Module != module)
                        {
                            break;
                        }
                        var generic = baseType is GenericInstanceType;
                        var match = definition.Methods.FirstOrDefault(m => m.IsVirtual && SameSignature(m, method, generic));
                        if (match is not null)
                        {
                            Add(match, method);
                        }
                        baseType = definition.BaseType;
                    }
                }
                foreach (var contract in AllInterfaces(type, module))
                {
                    foreach (var match in contract.Methods.Where(m => SameSignature(m, method, generic: true)))
                    {
                        Add(match, method);
                    }
                }
            }
        }
    }

    public IReadOnlyList<MethodDefinition> ImplementationsOf(MethodDefinition method) =>
        _implementations.TryGetValue(method, out var list) ? list : [];

    private void Add(MethodDefinition baseMethod, MethodDefinition implementation)
    {
        if (!_implementations.TryGetValue(baseMethod, out var list))
        {
            _implementations[baseMethod] = list = [];
        }
        if (!list.Contains(implementation))
        {
            list.Add(implementation);
        }
    }

    private static IEnumerable<TypeDefinition> AllInterfaces(TypeDefinition type, ModuleDefinition module)
    {
        for (TypeDefinition? current = type; current is not null && current.Module == module; current = current.BaseType?.Resolve())
        {
            foreach (var implementation in current.Interfaces)
            {
                if (implementation.InterfaceType.Resolve() is { } contract && contract.Module == module)
                {
                    yield return contract;
                }
            }
        }
    }

    private static bool SameSignature(MethodDefinition a, MethodDefinition b, bool generic)
    {
        // Explicit implementations are named "Interface.Method"; compare the simple name.
        var nameA = a.Name[(a.Name.LastIndexOf('.') + 1)..];
        var nameB = b.Name[(b.Name.LastIndexOf('.') + 1)..];
        if (nameA != nameB || a.Parameters.Count != b.Parameters.Count || a.GenericParameters.Count != b.GenericParameters.Count)
        {
            return false;
        }
        return generic || a.Parameters.Select(p => p.ParameterType.FullName).SequenceEqual(b.Parameters.Select(p => p.ParameterType.FullName));
    }
}
