namespace Meta.Interpreters.Toy.Runtime;

/// <summary>
/// A toylang value. Every value is a heap object of one of a few sealed classes, so the JIT can
/// guard on the class and remove short-lived boxes (an <see cref="IntValue"/> that only feeds
/// the next addition never needs to exist in compiled code).
/// </summary>
public abstract class Value
{
    /// <summary>The name <c>type(x)</c> returns and error messages use.</summary>
    public abstract string TypeName { get; }

    /// <summary>nil and false are false; every other value is true (as in Lua).</summary>
    public static bool IsTruthy(Value value) => value != BoolValue.False && value != NilValue.Instance;
}
