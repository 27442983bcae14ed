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
                    throw Errors.IndexOutOfRange("string", index, text.Value.Length);
                }
                return new StringValue(text.Value.Substring((int)index, 1));
            default:
                throw Errors.CannotIndex(container);
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
                throw Errors.Message("strings are immutable");
            default:
                throw Errors.CannotIndex(container);
        }
    }

    public static Value GetField(Value target, string name) =>
        target is RecordValue record ? record.GetField(name) : throw Errors.NotARecord("read", name, target);

    public static void SetField(Value target, string name, Value value)
    {
        if (target is not RecordValue record)
        {
            throw Errors.NotARecord("set", name, target);
        }
        record.SetField(name, value);
    }

    private static long IntIndex(Value key, string what) =>
        key is IntValue i ? i.Value : throw Errors.IndexNotInt(what, key);
}
