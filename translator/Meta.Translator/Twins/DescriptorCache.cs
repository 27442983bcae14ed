using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Meta.Translator.Twins;

/// <summary>
/// The static fields of the generated class <c>&lt;MetaTwins&gt;</c> that hold each descriptor a
/// twin uses (field, array, call). The descriptor is made at the first use from the member's
/// token (ldtoken + FieldInfo.GetFieldFromHandle / MethodBase.GetMethodFromHandle), so the twins
/// need no reflection by name and each later use is one static load.
/// </summary>
public sealed class DescriptorCache
{
    /// <summary>The generated class's name; its presence marks an assembly as translated.</summary>
    public const string HolderName = "<MetaTwins>";

    private readonly TracingRuntime _runtime;
    private readonly TypeDefinition _holder;
    private readonly Dictionary<string, FieldDefinition> _fields = [];

    public DescriptorCache(ModuleDefinition module, TracingRuntime runtime)
    {
        _runtime = runtime;
        _holder = new TypeDefinition("", HolderName,
            TypeAttributes.NotPublic | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class | TypeAttributes.BeforeFieldInit,
            module.TypeSystem.Object);
        module.Types.Add(_holder);
    }

    /// <summary>Pushes the FieldDescr of <paramref name="field"/>.</summary>
    public void LoadField(ILProcessor il, FieldReference field) =>
        Load(il, "field " + field.FullName, _runtime.FieldDescr, () =>
        [
            il.Create(OpCodes.Ldtoken, field),
            il.Create(OpCodes.Ldtoken, field.DeclaringType),
            il.Create(OpCodes.Call, _runtime.FieldFromHandle),
            il.Create(OpCodes.Call, _runtime.FieldDescriptor),
        ]);

    /// <summary>Pushes the ArrayDescr of an array type (elements mutable: [ImmutableElements] is not tracked to array reads yet).</summary>
    public void LoadArray(ILProcessor il, TypeReference arrayType) =>
        Load(il, "array " + arrayType.FullName, _runtime.ArrayDescr, () =>
        [
            il.Create(OpCodes.Ldtoken, arrayType),
            il.Create(OpCodes.Call, _runtime.TypeFromHandle),
            il.Create(OpCodes.Ldc_I4_0),
            il.Create(OpCodes.Call, _runtime.ArrayDescriptor),
        ]);

    /// <summary>Pushes the CallDescr of a method a trace calls residually.</summary>
    public void LoadCall(ILProcessor il, MethodReference method) =>
        Load(il, "call " + method.FullName, _runtime.CallDescr, () =>
        [
            il.Create(OpCodes.Ldtoken, method),
            il.Create(OpCodes.Ldtoken, method.DeclaringType),
            il.Create(OpCodes.Call, _runtime.MethodFromHandle),
            il.Create(OpCodes.Castclass, _runtime.MethodInfo),
            il.Create(OpCodes.Call, _runtime.CallDescriptor),
        ]);

    private void Load(ILProcessor il, string key, TypeReference type, Func<Instruction[]> make)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            field = new FieldDefinition($"d{_fields.Count}", FieldAttributes.Assembly | FieldAttributes.Static, type);
            _holder.Fields.Add(field);
            _fields[key] = field;
        }
        var done = il.Create(OpCodes.Nop);
        il.Emit(OpCodes.Ldsfld, field);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Brtrue, done);
        il.Emit(OpCodes.Pop);
        foreach (var instruction in make())
        {
            il.Append(instruction);
        }
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stsfld, field);
        il.Append(done);
    }
}
