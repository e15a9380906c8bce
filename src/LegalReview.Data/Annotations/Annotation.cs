using LegalReview.Data.Auditing;

namespace LegalReview.Data.Annotations;

/// <summary>
/// A reviewer's comment on words inside a provision. Anchored by (document, stable id, version) plus the quoted text
/// with a little context either side, so that when the document gets a new version the words can be found again
/// (<see cref="AnnotationReanchorService"/>). Annotations are never deleted by re-anchoring: when the words are gone
/// the status says so and the original quote is kept.
/// </summary>
public class Annotation : IAuditable
{
    public long Id { get; set; }
    public long DocumentId { get; set; }

    /// <summary>Stable id of the provision the annotation is (now) attached to.</summary>
    public string StableId { get; set; } = "";

    /// <summary>Version whose text the anchor was last checked against.</summary>
    public long VersionId { get; set; }

    /// <summary>Quoted words as found in <see cref="VersionId"/>.</summary>
    public string QuotedText { get; set; } = "";

    /// <summary>Up to <see cref="AnnotationService.ContextLength"/> characters before the quote, to tell repeated words apart.</summary>
    public string Prefix { get; set; } = "";

    public string Suffix { get; set; } = "";

    /// <summary>Start of the quote in the provision's text (characters).</summary>
    public int StartOffset { get; set; }

    public int EndOffset { get; set; }

    /// <summary>Where the annotation was written first: provision, version and quote never change.</summary>
    public string OriginalStableId { get; set; } = "";

    public long OriginalVersionId { get; set; }
    public string OriginalQuotedText { get; set; } = "";

    public string Comment { get; set; } = "";
    public AnnotationVisibility Visibility { get; set; }
    public string Owner { get; set; } = "";
    public AnchorStatus AnchorStatus { get; set; }

    /// <summary>Vietnamese note on the last re-anchoring ("Chuyển từ dieu-35 sang dieu-36 ở phiên bản 2").</summary>
    public string? AnchorNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int RowVersion { get; set; }

    public List<AnnotationReply> Replies { get; set; } = [];

    /// <summary>Whether <paramref name="userName"/> may read this annotation.</summary>
    public bool IsVisibleTo(string userName) =>
        Visibility == AnnotationVisibility.Shared || string.Equals(Owner, userName, StringComparison.OrdinalIgnoreCase);
}
