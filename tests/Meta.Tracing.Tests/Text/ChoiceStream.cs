namespace Meta.Tracing.Tests.Text;

/// <summary>
/// Turns a list of numbers that FsCheck generates (and shrinks) into the choices a random
/// builder makes; when the list runs out every choice is the first option, so a shorter list
/// gives a smaller case (the way Hypothesis shrinks choice sequences).
/// </summary>
public sealed class ChoiceStream(IReadOnlyList<int> choices)
{
    private int _next;

    public int Next(int bound) => bound <= 1 || _next >= choices.Count ? 0 : (int)((uint)choices[_next++] % (uint)bound);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public bool Exhausted => _next >= choices.Count;
}
