using LegalReview.Core.Consolidation;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Diffing;

/// <summary>
/// Compares two versions of one document provision by provision: units are aligned by stable id and only units whose
/// own text differs are diffed (syllable level), so the cost follows the size of the changes, not of the law.
/// Units that disappear under one id and appear under another with nearly the same text are reported as moved.
/// </summary>
public static class VersionDiff
{
    /// <summary>Minimum similarity for an added/removed pair to count as one moved unit.</summary>
    public const double MoveThreshold = 0.8;

    public static VersionDiffResult Compare(ParsedDocument a, ParsedDocument b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var oldUnits = a.AllProvisions().ToDictionary(p => p.Id, StringComparer.Ordinal);
        var newUnits = b.AllProvisions().ToList();
        var newIds = newUnits.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var added = new List<string>();
        var pairs = new List<(ParsedProvision Old, ParsedProvision New)>();
        foreach (var n in newUnits)
        {
            if (!oldUnits.TryGetValue(n.Id, out var o))
            {
                added.Add(n.Id);
                continue;
            }
            // Unchanged units are by far the most: the same record or the same strings skip all text work.
            if (ReferenceEquals(o, n) || (o.Text == n.Text && o.Heading == n.Heading && o.Label == n.Label)) continue;
            pairs.Add((o, n));
        }
        var changed = DiffPairs(pairs);
        var removed = a.AllProvisions().Where(p => !newIds.Contains(p.Id)).Select(p => p.Id).ToList();
        var addedSet = added.ToHashSet(StringComparer.Ordinal);
        var moved = MatchMoves(removed.Select(id => oldUnits[id]).ToList(), newUnits.Where(p => addedSet.Contains(p.Id)).ToList());
        foreach (var m in moved)
        {
            removed.Remove(m.From);
            added.Remove(m.To);
        }
        return new VersionDiffResult(added, removed, changed, moved);
    }

    /// <summary>Word-level diffs of the changed units; independent of each other, so large sets use both cores.</summary>
    private static List<ChangedProvision> DiffPairs(List<(ParsedProvision Old, ParsedProvision New)> pairs)
    {
        var result = new ChangedProvision[pairs.Count];
        void DiffOne(int i)
        {
            var (o, n) = pairs[i];
            var oldText = ProvisionTextRenderer.Own(o);
            var newText = ProvisionTextRenderer.Own(n);
            result[i] = new ChangedProvision(n.Id, oldText, newText, InlineDiff.Html(oldText, newText));
        }
        if (pairs.Count < ParallelThreshold)
        {
            for (var i = 0; i < pairs.Count; i++) DiffOne(i);
        }
        else
        {
            Parallel.For(0, pairs.Count, DiffOne);
        }
        return [.. result];
    }

    /// <summary>Below this many changed units the thread hand-off costs more than it saves.</summary>
    private const int ParallelThreshold = 64;

    /// <summary>Pairs removed and added units of the same kind with near-identical text (greedy, best first).</summary>
    private static List<MovedProvision> MatchMoves(List<ParsedProvision> removed, List<ParsedProvision> added)
    {
        var moves = new List<MovedProvision>();
        if (removed.Count == 0 || added.Count == 0) return moves;
        var candidates = new List<(ParsedProvision From, ParsedProvision To, double Score)>();
        var addedShingles = added.Select(p => (p, Similarity.Shingles(ProvisionTextRenderer.Own(p) + " " + p.Heading))).ToList();
        foreach (var r in removed)
        {
            if (!added.Any(p => p.Kind == r.Kind)) continue;
            var rs = Similarity.Shingles(ProvisionTextRenderer.Own(r) + " " + r.Heading);
            foreach (var (p, ps) in addedShingles)
            {
                if (p.Kind != r.Kind) continue;
                // Jaccard cannot exceed min/max of the set sizes: most pairs are ruled out without a lookup.
                if (Math.Min(rs.Count, ps.Count) < MoveThreshold * Math.Max(rs.Count, ps.Count)) continue;
                var score = Similarity.Jaccard(rs, ps);
                if (score >= MoveThreshold) candidates.Add((r, p, score));
            }
        }
        var usedFrom = new HashSet<string>();
        var usedTo = new HashSet<string>();
        foreach (var c in candidates.OrderByDescending(c => c.Score))
        {
            if (!usedFrom.Add(c.From.Id)) continue;
            if (!usedTo.Add(c.To.Id)) { usedFrom.Remove(c.From.Id); continue; }
            moves.Add(new MovedProvision(c.From.Id, c.To.Id, Math.Round(c.Score, 3)));
        }
        return moves;
    }
}
