namespace LegalReview.Search;

/// <summary>
/// Index field names, identical in both engines. index-mappings/legal-provisions.json is the source of truth; a
/// test checks that the Lucene mapper writes exactly these names.
/// </summary>
public static class SearchFields
{
    public const string EntryId = "entry_id";
    public const string DocumentId = "document_id";
    public const string VersionStamp = "version_stamp";
    public const string Number = "number";
    public const string NumberNormalized = "number_normalized";
    public const string DocType = "doc_type";
    public const string TypeName = "type_name";
    public const string Issuer = "issuer";
    public const string Title = "title";
    public const string TitleFolded = "title.folded";
    public const string IssuedOn = "issued_on";
    public const string EffectiveOn = "effective_on";
    public const string ExpiresOn = "expires_on";
    public const string Year = "year";
    public const string Validity = "validity";
    public const string Topics = "topics";
    public const string ProvisionId = "provision_id";
    public const string Kind = "kind";
    public const string Label = "label";
    public const string Heading = "heading";
    public const string HeadingFolded = "heading.folded";
    public const string Text = "text";
    public const string TextFolded = "text.folded";
    public const string Order = "order";

    /// <summary>
    /// Heading and text together, folded: the field a query's first pass matches on. One term query per word here
    /// costs less than half of a disjunction over text.folded and heading.folded at a million provisions (it finds
    /// the same entries: a word counts if it is in either). The two values are 100 positions apart, so a phrase
    /// never runs from the heading into the text. Elasticsearch fills it with copy_to.
    /// </summary>
    public const string AllFolded = "all_folded";

    /// <summary>
    /// Heading and text folded, as adjacent word pairs ("nguoi lao", "lao dong"): a quoted phrase's first pass. A pair
    /// is far rarer than either of its words, so "lao dong lam" reads the positions of two rare pairs instead of three
    /// words found in most provisions (a phrase was the slowest kind of query at a million). Pairs never span the
    /// heading and the text. Elasticsearch fills it with copy_to and a shingle filter.
    /// </summary>
    public const string AllPairs = "all_pairs";

    /// <summary>Value of <see cref="Kind"/> for the one document-level entry of each document.</summary>
    public const string DocumentKind = "document";

    /// <summary>
    /// Searched text fields with their boosts: accented fields weigh more, so exact spelling ranks first. Titles are
    /// not searched per provision (the document-level entry's text is its title); leaving them out kept relevance
    /// equal on the judged set and cut the number of clauses per word by a third.
    /// </summary>
    public static IReadOnlyList<(string Field, float Boost, bool Folded)> SearchedFields { get; } =
    [
        (Text, 2.0f, false),
        (Heading, 3.0f, false),
        (TextFolded, 1.0f, true),
        (HeadingFolded, 1.5f, true),
    ];
}
