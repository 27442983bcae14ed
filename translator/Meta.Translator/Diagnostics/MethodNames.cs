using Mono.Cecil;

namespace Meta.Translator.Diagnostics;

/// <summary>Readable method names for messages and the plan: Type.Method(ParamTypes), without return type or assembly.</summary>
public static class MethodNames
{
    public static string Short(MethodReference method)
    {
        var parameters = string.Join(", ", method.Parameters.Select(p => p.ParameterType.Name));
        var generic = method.HasGenericParameters ? $"<{string.Join(", ", method.GenericParameters.Select(g => g.Name))}>" : "";
        return $"{method.DeclaringType.FullName}.{method.Name}{generic}({parameters})";
    }
}
