using LegalReview.Search;
using LegalReview.Search.Analysis;

namespace LegalReview.Data.Alerts;

/// <summary>
/// An inverted index over only the provisions of one change batch, built with the search analyzer's folded chain
/// (NFC, lower case, đ→d …) on the same fields /search matches (text.folded, heading.folded): the folded fields
/// contain every accented match, so matching on them finds what /search finds, whatever the diacritics. Positions
/// are kept per term, so phrases are checked from the rarest word's occurrences instead of by scanning texts.
/// </summary>
internal sealed class MemoryTermIndex
{
    /// <summary>Positions left free between fields and entries, more than any slop, so no phrase spans two fields.</summary>
    private const int Gap = 16;

    private readonly VietnameseAnalyzer _analyzer;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<EntrySet> _postings = [];
    private readonly List<int[]> _positions = []; // term id → sorted global positions
    private readonly int[] _entryStarts;           // entry → first global position
    private readonly Dictionary<string, string[]> _queryTokens = new(StringComparer.Ordinal);

    public MemoryTermIndex(IReadOnlyList<PercolatorProvision> entries, VietnameseAnalyzer analyzer)
    {
        _analyzer = analyzer;
        Entries = entries;
        _entryStarts = new int[entries.Count];
        var positions = new List<List<int>>();
        var global = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            _entryStarts[i] = global;
            foreach (var text in new[] { entries[i].Text, entries[i].Heading ?? "" })
            {
                foreach (var token in Analyze(text))
                {
                    if (!_termIds.TryGetValue(token, out var id))
                    {
                        _termIds[token] = id = _postings.Count;
                        _postings.Add(new EntrySet(entries.Count));
                        positions.Add([]);
                    }
                    _postings[id].Add(i);
                    positions[id].Add(global++);
                }
                global += Gap;
            }
        }
        _positions.AddRange(positions.Select(p => p.ToArray()));
        Empty = new EntrySet(entries.Count);
        All = new EntrySet(entries.Count, all: true);
    }

    public IReadOnlyList<PercolatorProvision> Entries { get; }
    public EntrySet Empty { get; }
    public EntrySet All { get; }

    /// <summary>Query text analyzed like the folded fields (cached: saved searches share most of their words).</summary>
    public string[] QueryTokens(string text)
    {
        if (_queryTokens.TryGetValue(text, out var tokens)) return tokens;
        tokens = Analyze(text);
        _queryTokens[text] = tokens;
        return tokens;
    }

    public EntrySet Postings(string token) => _termIds.TryGetValue(token, out var id) ? _postings[id] : Empty;

    /// <summary>Entries where <paramref name="tokens"/> occur in order in one field, with at most <paramref name="slop"/> extra positions in between.</summary>
    public EntrySet Phrase(string[] tokens, int slop)
    {
        var ids = new int[tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!_termIds.TryGetValue(tokens[k], out ids[k])) return Empty;
        }
        var result = new EntrySet(Entries.Count);
        // Start from the rarest word: a frequent first word ("người") would otherwise cost one check per occurrence.
        var anchor = 0;
        for (var k = 1; k < ids.Length; k++)
        {
            if (_positions[ids[k]].Length < _positions[ids[anchor]].Length) anchor = k;
        }
        var firsts = _positions[ids[0]];
        foreach (var p in _positions[ids[anchor]])
        {
            if (slop == 0)
            {
                // Exact phrase: the other words sit at fixed offsets from the anchor.
                var start = p - anchor;
                var ok = true;
                for (var k = 0; k < ids.Length && ok; k++)
                {
                    if (k != anchor) ok = Array.BinarySearch(_positions[ids[k]], start + k) >= 0;
                }
                if (ok) result.Add(EntryAt(start));
                continue;
            }

            // Sloppy: the first word lies at most anchor + slop positions before the anchor occurrence.
            var from = Array.BinarySearch(firsts, p - anchor - slop);
            if (from < 0) from = ~from;
            for (var f = from; f < firsts.Length && firsts[f] <= p - anchor; f++)
            {
                if (SloppyFrom(ids, firsts[f], slop))
                {
                    result.Add(EntryAt(firsts[f]));
                    break;
                }
            }
        }
        return result;
    }

    /// <summary>Each next word within the remaining slop after the previous one (in order; the gap keeps it in one field).</summary>
    private bool SloppyFrom(int[] ids, int position, int slop)
    {
        var used = 0;
        for (var k = 1; k < ids.Length; k++)
        {
            var list = _positions[ids[k]];
            var at = Array.BinarySearch(list, position + 1);
            if (at < 0) at = ~at;
            if (at >= list.Length || list[at] > position + 1 + slop - used) return false;
            used += list[at] - position - 1;
            position = list[at];
        }
        return true;
    }

    private int EntryAt(int globalPosition)
    {
        var at = Array.BinarySearch(_entryStarts, globalPosition);
        return at >= 0 ? at : ~at - 1;
    }

    private string[] Analyze(string text) =>
        text.Length == 0 ? [] : [.. _analyzer.Tokens(SearchFields.TextFolded, text)];
}
