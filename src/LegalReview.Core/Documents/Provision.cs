namespace LegalReview.Core.Documents;

/// <summary>
/// A structural unit of one document version, stored flat in document order. <see cref="StableId"/> is the
/// address used by URLs, annotations and amendments (e.g. "chuong-3/dieu-35/khoan-1/diem-a").
/// </summary>
public class Provision
{
    public long Id { get; set; }
    public long VersionId { get; set; }
    public DocumentVersion? Version { get; set; }

    public string StableId { get; set; } = "";
    public string? ParentStableId { get; set; }
    public ProvisionKind Kind { get; set; }

    /// <summary>The unit's number as written: "III", "35", "1a", "đ".</summary>
    public string Label { get; set; } = "";

    public string? Heading { get; set; }

    /// <summary>The unit's own text, without its children's text.</summary>
    public string Text { get; set; } = "";

    /// <summary>Position in document order (0-based, across the whole version).</summary>
    public int Order { get; set; }

    public int Depth { get; set; }
}
