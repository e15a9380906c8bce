namespace LegalReview.Core.Diffing;

/// <summary>
/// Walks the alignment of two word lists in order and writes it: kept words with the spaces before them compared,
/// replaced runs as one change spanning from the previous kept word to the next. <paramref name="start"/> is where
/// both texts' words begin (the end of their common head); the texts after <paramref name="endOld"/> and
/// <paramref name="endNew"/> are identical.
/// </summary>
internal struct Alignment(string oldText, string newText, TokenSlice[] a, int na, TokenSlice[] b, int nb,
    int endOld, int endNew, MarkWriter writer, int start)
{
    private int ia;
    private int ib;
    private int pa = start;
    private int pb = start;
    private MarkWriter writer = writer;

    /// <summary>Keeps the words before old word <paramref name="toA"/> and new word <paramref name="toB"/> (as many on both sides).</summary>
    public void KeepUntil(int toA, int toB)
    {
        while (ia < toA && ib < toB)
        {
            var (x, y) = (a[ia++], b[ib++]);
            var gapOld = oldText.AsSpan(pa, x.Start - pa);
            if (!gapOld.SequenceEqual(newText.AsSpan(pb, y.Start - pb))) writer.Change(gapOld, pb, y.Start);
            pa = x.End;
            pb = y.End;
        }
    }

    /// <summary>Replaces the words up to old word <paramref name="toA"/> and new word <paramref name="toB"/>, spaces around them included.</summary>
    public void Replace(int toA, int toB)
    {
        var oldEnd = toA < na ? a[toA].Start : endOld;
        var newEnd = toB < nb ? b[toB].Start : endNew;
        writer.Change(oldText.AsSpan(pa, oldEnd - pa), pb, newEnd);
        (ia, ib, pa, pb) = (toA, toB, oldEnd, newEnd);
    }

    /// <summary>Compares the spaces after the last word and writes the rest of the new text.</summary>
    public void Finish()
    {
        var gapOld = oldText.AsSpan(pa, endOld - pa);
        if (!gapOld.SequenceEqual(newText.AsSpan(pb, endNew - pb))) writer.Change(gapOld, pb, endNew);
        writer.Finish(newText.Length);
    }
}
