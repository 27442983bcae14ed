using Mono.Cecil;

namespace Meta.Translator.Rules;

/// <summary>Name tests on type references that do not need the referenced assembly.</summary>
public static class TypeNames
{
    /// <summary>The namespace of a type, of its outermost declaring type for nested types.</summary>
    public static string Namespace(TypeReference type)
    {
        var current = type.GetElementType();
        while (current.DeclaringType is not null)
        {
            current = current.DeclaringType;
        }
        return current.Namespace;
    }

    public static bool InNamespace(TypeReference type, string prefix)
    {
        var ns = Namespace(type);
        return ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);
    }

    /// <summary>Whether the C# compiler made this type to hold a closure's captured variables or a lambda cache.</summary>
    public static bool IsClosureClass(TypeReference type)
    {
        for (TypeReference? current = type.GetElementType(); current is not null; current = current.DeclaringType)
        {
            if (current.Name.StartsWith("<>c", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Pointer types: unmanaged pointers, function pointers, and pinned variables (fixed).</summary>
    public static bool IsUnsafe(TypeReference type) => type switch
    {
        PointerType or FunctionPointerType or PinnedType => true,
        TypeSpecification specification => IsUnsafe(specification.ElementType),
        _ => false,
    };
}
