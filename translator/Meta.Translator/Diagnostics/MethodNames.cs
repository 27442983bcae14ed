using Mono.Cecil;

namespace Meta.Translator.Diagnostics;

/// <summary>Readable method names for messages and the plan: Type.Method(ParamTypes), without return type or assembly.</summary>
public static class MethodNames
{
    public static string Short(MethodReference method)
    {
        // A generic method's instantiation names its parameters by position (!!0): show the arguments instead.
        var instance = method as GenericInstanceMethod;
        var parameters = string.Join(", ", method.Parameters.Select(p =>
            instance is not null && p.ParameterType is GenericParameter { Type: GenericParameterType.Method } g
                ? instance.GenericArguments[g.Position].Name
                : p.ParameterType.Name));
        var generic = instance is not null
            ? $"<{string.Join(", ", instance.GenericArguments.Select(a => a.Name))}>"
            : method.HasGenericParameters ? $"<{string.Join(", ", method.GenericParameters.Select(g => g.Name))}>" : "";
        return $"{method.DeclaringType.FullName}.{method.Name}{generic}({parameters})";
    }
}
