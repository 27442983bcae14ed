using Meta.Translator.Plan;
using Mono.Cecil;

namespace Meta.Translator.Twins;

/// <summary>
/// Which methods have a twin, for call sites: a call goes to the callee's twin when it has one;
/// a virtual call only when every override the call may reach has one too, since the base twin
/// would otherwise run in place of an override's code.
/// </summary>
public sealed class TwinDirectory(OverrideIndex overrides)
{
    private readonly Dictionary<MethodDefinition, MethodDefinition> _twins = [];

    public void Add(MethodDefinition original, MethodDefinition twin) => _twins[original] = twin;

    public void Remove(MethodDefinition original) => _twins.Remove(original);

    public IEnumerable<KeyValuePair<MethodDefinition, MethodDefinition>> All => _twins;

    public MethodDefinition? TwinOf(MethodDefinition method) => _twins.GetValueOrDefault(method);

    public bool DispatchesToTwins(MethodDefinition method) =>
        _twins.ContainsKey(method) && overrides.ImplementationsOf(method).All(_twins.ContainsKey);
}
