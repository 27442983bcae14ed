using Mono.Cecil;

namespace Meta.Translator.Twins;

/// <summary>
/// The types of a member reference with its generic parameters replaced by the arguments of
/// the reference (<c>List&lt;string&gt;.get_Item</c> returns <c>string</c>, not <c>!0</c>): a
/// residual call into a generic class of a library needs the concrete kinds of its values.
/// </summary>
public static class GenericArguments
{
    public static TypeReference ReturnType(MethodReference method) => Resolve(method.ReturnType, method);

    public static TypeReference ParameterType(MethodReference method, int index) => Resolve(method.Parameters[index].ParameterType, method);

    public static TypeReference Resolve(TypeReference type, MethodReference context) => type switch
    {
        GenericParameter { Type: GenericParameterType.Type } parameter when context.DeclaringType is GenericInstanceType owner =>
            owner.GenericArguments[parameter.Position],
        GenericParameter { Type: GenericParameterType.Method } parameter when context is GenericInstanceMethod method =>
            method.GenericArguments[parameter.Position],
        ArrayType array => new ArrayType(Resolve(array.ElementType, context), array.Rank),
        GenericInstanceType instance => Instantiate(instance, context),
        _ => type,
    };

    private static GenericInstanceType Instantiate(GenericInstanceType instance, MethodReference context)
    {
        var result = new GenericInstanceType(instance.ElementType);
        foreach (var argument in instance.GenericArguments)
        {
            result.GenericArguments.Add(Resolve(argument, context));
        }
        return result;
    }
}
