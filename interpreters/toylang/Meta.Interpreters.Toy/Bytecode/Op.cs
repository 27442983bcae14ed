namespace Meta.Interpreters.Toy.Bytecode;

/// <summary>
/// The instructions of toylang's stack machine. Each has one int argument (unused by some);
/// the comment says what it takes from the stack (left) and leaves on it (right).
/// </summary>
public enum Op
{
    /// <summary>-- constants[arg]</summary>
    LoadConst,
    /// <summary>-- nil</summary>
    LoadNil,
    /// <summary>-- true</summary>
    LoadTrue,
    /// <summary>-- false</summary>
    LoadFalse,
    /// <summary>-- locals[arg]</summary>
    LoadLocal,
    /// <summary>value -- ; locals[arg] = value</summary>
    StoreLocal,
    /// <summary>-- the content of the cell in locals[arg] (a captured variable of this function)</summary>
    LoadCell,
    /// <summary>value -- ; the cell in locals[arg] now holds value</summary>
    StoreCell,
    /// <summary>-- ; locals[arg] = a fresh cell holding nil (a captured variable is declared)</summary>
    NewCell,
    /// <summary>-- the content of the closure's cell arg (a variable of an enclosing function)</summary>
    LoadFree,
    /// <summary>value -- ; the closure's cell arg now holds value</summary>
    StoreFree,
    /// <summary>-- globals[arg]; error if not defined</summary>
    LoadGlobal,
    /// <summary>value -- ; globals[arg] = value; error if not defined</summary>
    StoreGlobal,
    /// <summary>value -- ; globals[arg] = value (a top-level var, fun or record)</summary>
    DefineGlobal,
    /// <summary>value --</summary>
    Pop,
    /// <summary>value -- ; in the REPL, a top-level expression's value is printed unless nil</summary>
    Echo,

    /// <summary>a b -- a+b (the same for the other binary operators)</summary>
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    /// <summary>a -- -a</summary>
    Negate,
    /// <summary>a -- !a</summary>
    Not,

    /// <summary>-- ; pc = arg (forward)</summary>
    Jump,
    /// <summary>-- ; pc = arg, a backward jump: the end of a user loop, where the JIT counts and enters loops</summary>
    Loop,
    /// <summary>cond -- ; pc = arg if cond is false or nil</summary>
    JumpIfFalse,
    /// <summary>a -- a (jumping to arg) if a is false or nil; otherwise a -- (for 'and')</summary>
    JumpIfFalseKeep,
    /// <summary>a -- a (jumping to arg) if a is true; otherwise a -- (for 'or')</summary>
    JumpIfTrueKeep,

    /// <summary>item1 .. itemN -- list (N = arg)</summary>
    BuildList,
    /// <summary>key1 value1 .. keyN valueN -- map (N = arg)</summary>
    BuildMap,
    /// <summary>container index -- item</summary>
    GetIndex,
    /// <summary>container index value --</summary>
    SetIndex,
    /// <summary>record -- record.names[arg]</summary>
    GetField,
    /// <summary>record value -- ; record.names[arg] = value</summary>
    SetField,

    /// <summary>-- a closure of functions[arg] over the cells it captures from this function</summary>
    MakeClosure,
    /// <summary>callee arg1 .. argN -- result (N = arg)</summary>
    Call,
    /// <summary>value -- ; returns value to the caller</summary>
    Return,

    /// <summary>iterable -- iterator</summary>
    GetIter,
    /// <summary>iterator -- iterator item; or, when done, iterator -- and pc = arg</summary>
    ForIter,
}
