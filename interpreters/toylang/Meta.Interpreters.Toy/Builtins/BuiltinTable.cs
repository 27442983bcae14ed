using Meta.Interpreters.Toy.Runtime;

namespace Meta.Interpreters.Toy.Builtins;

/// <summary>Puts every builtin function into a program's globals, under its name.</summary>
public static class BuiltinTable
{
    private static readonly BuiltinFunction[] All =
    [
        new(BuiltinId.Print, "print", 0, -1),
        new(BuiltinId.Len, "len", 1, 1),
        new(BuiltinId.Str, "str", 1, 1),
        new(BuiltinId.Int, "int", 1, 1),
        new(BuiltinId.Float, "float", 1, 1),
        new(BuiltinId.Range, "range", 1, 3),
        new(BuiltinId.Append, "append", 2, 2),
        new(BuiltinId.Pop, "pop", 1, 1),
        new(BuiltinId.Sqrt, "sqrt", 1, 1),
        new(BuiltinId.Floor, "floor", 1, 1),
        new(BuiltinId.Abs, "abs", 1, 1),
        new(BuiltinId.Min, "min", 1, -1),
        new(BuiltinId.Max, "max", 1, -1),
        new(BuiltinId.Clock, "clock", 0, 0),
        new(BuiltinId.Keys, "keys", 1, 1),
        new(BuiltinId.Has, "has", 2, 2),
        new(BuiltinId.Type, "type", 1, 1),
        new(BuiltinId.Fixed, "fixed", 2, 2),
        new(BuiltinId.Ord, "ord", 1, 1),
        new(BuiltinId.Chr, "chr", 1, 1),
        new(BuiltinId.Slice, "slice", 3, 3),
        new(BuiltinId.Join, "join", 2, 2),
        new(BuiltinId.Error, "error", 1, 1),
    ];

    public static void DefineAll(Globals globals)
    {
        foreach (var builtin in All)
        {
            globals.Define(builtin.Name, builtin);
        }
    }
}
