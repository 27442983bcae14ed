namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// The box of a variable that a closure captures: the declaring frame and every closure share
/// it, so an assignment on either side is seen by the other (capture by reference, like
/// Python's cells). Never visible to toylang programs; it is a Value only so that it can live
/// in a frame's local slot.
/// </summary>
public sealed class Cell(Value content) : Value
{
    public Value Content = content;

    public override string TypeName => "cell";
}
