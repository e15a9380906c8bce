namespace LegalReview.Search.Querying;

// The engine-neutral form of a user query; both engines translate the same tree.
internal abstract record QueryNode;

/// <summary>One word as typed (normalized), or a word with its abbreviation expansions.</summary>
internal sealed record TermNode(string Text) : QueryNode;

internal sealed record PhraseNode(string Text) : QueryNode;

/// <summary>A document number in normalized form; a prefix when the user typed only "45/2019".</summary>
internal sealed record NumberNode(string Normalized, bool IsPrefix) : QueryNode;

internal sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;

internal sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

internal sealed record NotNode(QueryNode Child) : QueryNode;

/// <summary>
/// Words typed side by side without operators: most of them must match (see <see cref="MinimumShouldMatch"/>), and
/// adjacent plain words also score as two-word phrases, because a Vietnamese word is often two syllables.
/// </summary>
internal sealed record GroupNode(IReadOnlyList<QueryNode> Children) : QueryNode
{
    public static int MinimumShouldMatch(int positives) => positives - (positives / 4);
}

internal sealed record MatchAllNode : QueryNode;
