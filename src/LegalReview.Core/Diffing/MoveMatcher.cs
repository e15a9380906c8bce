using System.Runtime.InteropServices;
using LegalReview.Core.Consolidation;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Diffing;

/// <summary>
/// Pairs removed and added units of the same kind whose texts are nearly the same (Jaccard similarity of their word
/// bigrams, as <see cref="Similarity"/> computes it), greedy, best first. Words become ids and bigrams 64-bit numbers
/// (no string per word or bigram), and an index from bigram to added units means only pairs sharing a bigram are
/// scored, not every removed unit against every added one.
/// </summary>
internal static class MoveMatcher
{
    public static List<MovedProvision> Match(List<ParsedProvision> removed, List<ParsedProvision> added, double threshold)
    {
        var moves = new List<MovedProvision>();
        if (removed.Count == 0 || added.Count == 0) return moves;
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var buffer = new char[256];
        var addedSets = added.Select(p => Bigrams(p, words, ref buffer)).ToList();
        var postings = new Dictionary<long, List<int>>();
        for (var j = 0; j < addedSets.Count; j++)
        {
            foreach (var key in addedSets[j])
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(postings, key, out _);
                (list ??= []).Add(j);
            }
        }

        var candidates = new List<(int From, int To, double Score)>();
        var shared = new int[added.Count];
        var touched = new List<int>();
        for (var i = 0; i < removed.Count; i++)
        {
            var r = removed[i];
            var rs = Bigrams(r, words, ref buffer);
            touched.Clear();
            foreach (var key in rs)
            {
                if (!postings.TryGetValue(key, out var list)) continue;
                foreach (var j in list)
                {
                    if (shared[j]++ == 0) touched.Add(j);
                }
            }
            // Two texts without a single word are identical for Jaccard (1), as in Similarity.Jaccard.
            if (rs.Length == 0)
            {
                for (var j = 0; j < addedSets.Count; j++) if (addedSets[j].Length == 0) touched.Add(j);
            }
            touched.Sort(); // the order in which comparing every pair met them: equal scores keep it
            foreach (var j in touched)
            {
                var inter = shared[j];
                shared[j] = 0;
                var p = added[j];
                if (p.Kind != r.Kind) continue;
                var (na, nb) = (rs.Length, addedSets[j].Length);
                // Jaccard cannot exceed min/max of the set sizes.
                if (Math.Min(na, nb) < threshold * Math.Max(na, nb)) continue;
                var score = na + nb == 0 ? 1 : (double)inter / (na + nb - inter);
                if (score >= threshold) candidates.Add((i, j, score));
            }
        }

        var usedFrom = new HashSet<string>(StringComparer.Ordinal);
        var usedTo = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates.OrderByDescending(c => c.Score))
        {
            var (from, to) = (removed[c.From].Id, added[c.To].Id);
            if (!usedFrom.Add(from)) continue;
            if (!usedTo.Add(to)) { usedFrom.Remove(from); continue; }
            moves.Add(new MovedProvision(from, to, Math.Round(c.Score, 3)));
        }
        return moves;
    }

    /// <summary>
    /// The distinct bigrams of the unit's lower-cased words (chunks starting with a letter or digit) over its own text
    /// and heading, as ids; a single word is its own set member, which never equals a bigram.
    /// </summary>
    private static long[] Bigrams(ParsedProvision p, Dictionary<string, int> words, ref char[] buffer)
    {
        var own = ProvisionTextRenderer.Own(p);
        var length = own.Length + 1 + (p.Heading?.Length ?? 0);
        if (buffer.Length < length) buffer = new char[Math.Max(length, buffer.Length * 2)];
        var text = buffer.AsSpan(0, length);
        own.AsSpan().ToLowerInvariant(text);
        text[own.Length] = ' ';
        p.Heading.AsSpan().ToLowerInvariant(text[(own.Length + 1)..]);

        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new List<int>();
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            i = VietnameseChunker.ChunkEnd(text, start, text.Length);
            if (!char.IsLetterOrDigit(text[start])) continue;
            var word = text[start..i];
            if (!lookup.TryGetValue(word, out var id))
            {
                id = words.Count;
                lookup[word] = id;
            }
            ids.Add(id);
        }
        if (ids.Count == 1) return [(long)ids[0] << 32 | uint.MaxValue];
        var set = new HashSet<long>();
        for (var k = 0; k + 1 < ids.Count; k++) set.Add((long)ids[k] << 32 | (uint)ids[k + 1]);
        return [.. set];
    }
}
