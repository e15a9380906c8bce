namespace LegalReview.Core.Diffing;

/// <summary>Text similarity on syllable bigrams (word shingles), cheap enough to compare every pair of articles of two laws.</summary>
public static class Similarity
{
    public static HashSet<string> Shingles(string text)
    {
        var words = VietnameseChunker.Split(text.ToLowerInvariant())
            .Where(w => w.Length > 0 && char.IsLetterOrDigit(w[0])).ToList();
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count == 1) set.Add(words[0]);
        for (var i = 0; i + 1 < words.Count; i++) set.Add(words[i] + " " + words[i + 1]);
        return set;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var inter = small.Count(large.Contains);
        return (double)inter / (a.Count + b.Count - inter);
    }

    /// <summary>Share of <paramref name="part"/> found in <paramref name="whole"/> (containment), for merges and splits.</summary>
    public static double Containment(HashSet<string> part, HashSet<string> whole)
    {
        if (part.Count == 0) return 0;
        return (double)part.Count(whole.Contains) / part.Count;
    }
}
