using Mono.Cecil;

namespace Meta.Translator.Twins;

/// <summary>One evaluation-stack slot before an instruction: its kind, and its static type when IL says it (for array descriptors).</summary>
public readonly record struct StackSlot(ShadowKind Kind, TypeReference? Type)
{
    public static StackSlot Of(TypeReference type) => new(ShadowKinds.Of(type), type);

    /// <summary>The address of a primitive value (PrimitiveReceivers): its shadow is the value's.</summary>
    public static StackSlot Address(ShadowKind kind, TypeReference valueType) => new(kind, new ByReferenceType(valueType));

    public bool IsAddress => Type is ByReferenceType;
}
