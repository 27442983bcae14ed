namespace Meta.Backend.Cil.Tests;

/// <summary>
/// The decisions of a random trace, read one by one from an int array that FsCheck generates and
/// shrinks (Hypothesis builds test cases from a choice sequence the same way): a shorter array or
/// smaller numbers give a smaller trace, and an exhausted array reads as zeros.
/// </summary>
public sealed class ChoiceStream(int[] choices)
{
    private int _next;

    /// <summary>A choice in [0, bound).</summary>
    public int Next(int bound)
    {
        if (bound <= 1 || _next >= choices.Length)
        {
            return 0;
        }
        return (int)((uint)choices[_next++] % (uint)bound);
    }

    public bool Chance(int oneIn) => Next(oneIn) == 0;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
