namespace LegalReview.Core.Diffing;

/// <summary>A word of a text as a position, so that splitting a unit into words allocates no string.</summary>
internal readonly record struct TokenSlice(int Start, int Length)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
