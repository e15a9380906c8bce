using System.Text;

namespace LegalReview.Core.Diffing;

/// <summary>
/// One StringBuilder per thread for building a unit's markup: a law diff writes a thousand of them, and a fresh
/// builder per unit (grown in steps) was a good share of the garbage.
/// </summary>
internal static class StringBuilderCache
{
    /// <summary>Larger builders are not kept, so one huge unit does not pin its buffer for the thread's lifetime.</summary>
    private const int MaxCapacity = 32 * 1024;

    [ThreadStatic] private static StringBuilder? cached;

    public static StringBuilder Acquire(int capacity)
    {
        var sb = cached;
        if (sb is not null && capacity <= sb.Capacity)
        {
            cached = null;
            sb.Clear();
            return sb;
        }
        return new StringBuilder(capacity);
    }

    public static string GetStringAndRelease(StringBuilder sb)
    {
        var s = sb.ToString();
        if (sb.Capacity <= MaxCapacity) cached = sb;
        return s;
    }
}
