namespace LegalReview.Data.Crawling;

/// <summary>
/// Something reviewers should learn about (new document, new version, validity change, new relation). Written in the
/// same transaction as the data it describes, so an event never points at data that was rolled back.
/// </summary>
public class ChangeEvent
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public ChangeEventKind Kind { get; set; }
    public long DocumentId { get; set; }
    public long? VersionId { get; set; }
    public Core.Documents.LegalDocument? Document { get; set; }
    public Core.Documents.DocumentVersion? Version { get; set; }

    /// <summary>Source id (<c>vbpl</c>, <c>localfolder</c> …) or URL the change came from.</summary>
    public string Source { get; set; } = "";

    /// <summary>One Vietnamese line for the reviewer, e.g. "Văn bản mới: 45/2019/QH14".</summary>
    public string Summary { get; set; } = "";
}
