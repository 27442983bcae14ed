using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Interpreter;

/// <summary>container[key] and record.field, read and written.</summary>
public static class Indexing
{
    public static Value Get(Value container, Value key)
    {
        switch (container)
        {
            case ListValue list:
                return list.Get(IntIndex(key, "list"));
            case MapValue map:
                return map.Get(key);
            case StringValue text:
                var index = IntIndex(key, "string");
                if (index < 0 || index >= text.Value.Length)
                {
                    throw new ToyError($"string index {index} out of range (length {text.Value.Length})");
                }
                return new StringValue(text.Value.Substring((int)index, 1));
            default:
                throw new ToyError($"cannot index a {container.TypeName}");
        }
    }

    public static void Set(Value container, Value key, Value value)
    {
        switch (container)
        {
            case ListValue list:
                list.Set(IntIndex(key, "list"), value);
                break;
            case MapValue map:
                map.Set(key, value);
                break;
            case StringValue:
                throw new ToyError("strings are immutable");
            default:
                throw new ToyError($"cannot index a {container.TypeName}");
        }
    }

    public static Value GetField(Value target, string name) =>
        target is RecordValue record ? record.GetField(name) : throw new ToyError($"cannot read field '{name}' of a {target.TypeName}");

    public static void SetField(Value target, string name, Value value)
    {
        if (target is not RecordValue record)
        {
            throw new ToyError($"cannot set field '{name}' of a {target.TypeName}");
        }
        record.SetField(name, value);
    }

    private static long IntIndex(Value key, string what) =>
        key is IntValue i ? i.Value : throw new ToyError($"{what} index must be an int, not a {key.TypeName}");
}
