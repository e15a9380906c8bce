using LegalReview.Search;
using LegalReview.Search.Analysis;

namespace LegalReview.Data.Alerts;

/// <summary>
/// An inverted index over only the provisions of one change batch, built with the search analyzer's folded chain
/// (NFC, lower case, đ→d …) on the same fields /search matches (text.folded, heading.folded): the folded fields
/// contain every accented match, so matching on them finds what /search finds, whatever the diacritics.
/// </summary>
internal sealed class MemoryTermIndex
{
    private static readonly string[] Fields = [SearchFields.TextFolded, SearchFields.HeadingFolded];

    private readonly VietnameseAnalyzer _analyzer;
    private readonly Dictionary<string, EntrySet> _postings = new(StringComparer.Ordinal);
    private readonly string[][][] _tokens; // entry → field → tokens in order
    private readonly Dictionary<string, string[]> _queryTokens = new(StringComparer.Ordinal);

    public MemoryTermIndex(IReadOnlyList<PercolatorProvision> entries, VietnameseAnalyzer analyzer)
    {
        _analyzer = analyzer;
        Entries = entries;
        _tokens = new string[entries.Count][][];
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            _tokens[i] = [Analyze(e.Text), Analyze(e.Heading ?? "")];
            foreach (var field in _tokens[i])
            {
                foreach (var token in field)
                {
                    if (!_postings.TryGetValue(token, out var set)) _postings[token] = set = new EntrySet(entries.Count);
                    set.Add(i);
                }
            }
        }
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

    public EntrySet Postings(string token) => _postings.GetValueOrDefault(token) ?? Empty;

    /// <summary>Entries where <paramref name="tokens"/> occur in order in one field, with at most <paramref name="slop"/> extra positions in between.</summary>
    public EntrySet Phrase(string[] tokens, int slop)
    {
        var candidates = All;
        foreach (var t in tokens) candidates = candidates.And(Postings(t));
        var result = new EntrySet(Entries.Count);
        foreach (var i in candidates.Indexes())
        {
            if (_tokens[i].Any(field => ContainsPhrase(field, tokens, slop))) result.Add(i);
        }
        return result;
    }

    private static bool ContainsPhrase(string[] field, string[] phrase, int slop)
    {
        for (var start = 0; start < field.Length; start++)
        {
            if (!string.Equals(field[start], phrase[0], StringComparison.Ordinal)) continue;
            var pos = start;
            var used = 0;
            var ok = true;
            for (var k = 1; k < phrase.Length && ok; k++)
            {
                var next = -1;
                for (var p = pos + 1; p < field.Length && p <= pos + 1 + slop - used; p++)
                {
                    if (string.Equals(field[p], phrase[k], StringComparison.Ordinal)) { next = p; break; }
                }
                if (next < 0) ok = false;
                else { used += next - pos - 1; pos = next; }
            }
            if (ok) return true;
        }
        return false;
    }

    private string[] Analyze(string text) =>
        text.Length == 0 ? [] : [.. _analyzer.Tokens(SearchFields.TextFolded, text)];

    /// <summary>Fields matched by the index (for documentation and tests).</summary>
    public static IReadOnlyList<string> MatchedFields => Fields;
}
