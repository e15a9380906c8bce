using LegalReview.Core.Consolidation;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Diffing;

/// <summary>
/// Compares two versions of one document provision by provision: units are aligned by stable id and only units whose
/// own text differs are diffed (word level, <see cref="InlineDiff"/>), so the cost follows the size of the changes,
/// not of the law. Units that disappear under one id and appear under another with nearly the same text are reported
/// as moved.
/// </summary>
public static class VersionDiff
{
    /// <summary>Minimum similarity for an added/removed pair to count as one moved unit.</summary>
    public const double MoveThreshold = 0.8;

    /// <summary>Below this many changed units the thread hand-off costs more than it saves.</summary>
    private const int ParallelThreshold = 64;

    public static VersionDiffResult Compare(ParsedDocument a, ParsedDocument b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var oldList = Flatten(a);
        var newList = Flatten(b);
        var oldUnits = new Dictionary<string, ParsedProvision>(oldList.Count, StringComparer.Ordinal);
        foreach (var p in oldList) oldUnits.Add(p.Id, p);
        var newIds = new HashSet<string>(newList.Count, StringComparer.Ordinal);
        var added = new List<ParsedProvision>();
        var pairs = new List<(ParsedProvision Old, ParsedProvision New)>();
        foreach (var n in newList)
        {
            newIds.Add(n.Id);
            if (!oldUnits.TryGetValue(n.Id, out var o))
            {
                added.Add(n);
                continue;
            }
            // Unchanged units are by far the most: the same record or the same strings skip all text work.
            if (ReferenceEquals(o, n) || (o.Text == n.Text && o.Heading == n.Heading && o.Label == n.Label)) continue;
            pairs.Add((o, n));
        }
        var changed = DiffPairs(pairs);
        var removed = oldList.Where(p => !newIds.Contains(p.Id)).ToList();
        var moved = MoveMatcher.Match(removed, added, MoveThreshold);
        var addedIds = added.ConvertAll(p => p.Id);
        var removedIds = removed.ConvertAll(p => p.Id);
        foreach (var m in moved)
        {
            removedIds.Remove(m.From);
            addedIds.Remove(m.To);
        }
        return new VersionDiffResult(addedIds, removedIds, changed, moved);
    }

    /// <summary>Every unit in document order (as <see cref="ParsedDocument.AllProvisions"/>), without an iterator per level.</summary>
    private static List<ParsedProvision> Flatten(ParsedDocument doc)
    {
        var list = new List<ParsedProvision>(1024);
        var stack = new Stack<(IReadOnlyList<ParsedProvision> Units, int Next)>();
        stack.Push((doc.Provisions, 0));
        while (stack.Count > 0)
        {
            var (units, next) = stack.Pop();
            if (next == units.Count) continue;
            stack.Push((units, next + 1));
            var p = units[next];
            list.Add(p);
            if (p.Children.Count > 0) stack.Push((p.Children, 0));
        }
        return list;
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
}
