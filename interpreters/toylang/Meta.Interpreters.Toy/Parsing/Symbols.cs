namespace Meta.Interpreters.Toy.Parsing;

/// <summary>
/// A local variable (parameter, var, fun, record or loop variable) of one function. Captured:
/// a nested function uses it, so it lives in a cell that they share.
/// </summary>
public sealed class Symbol(string name, FunctionScope owner, int slot)
{
    public string Name { get; } = name;

    public FunctionScope Owner { get; } = owner;

    public int Slot { get; } = slot;

    public bool Captured { get; set; }
}

/// <summary>What the resolver learned about one function: its locals and the outer variables it uses.</summary>
public sealed class FunctionScope(FunctionScope? parent)
{
    public FunctionScope? Parent { get; } = parent;

    public List<Symbol> Locals { get; } = [];

    /// <summary>Variables of enclosing functions used here (directly or by a nested function): the closure's cells.</summary>
    public List<Symbol> Free { get; } = [];

    public Symbol Declare(string name)
    {
        var symbol = new Symbol(name, this, Locals.Count);
        Locals.Add(symbol);
        return symbol;
    }

    public int FreeIndex(Symbol symbol)
    {
        var index = Free.IndexOf(symbol);
        if (index < 0)
        {
            Free.Add(symbol);
            index = Free.Count - 1;
        }
        return index;
    }
}
