using LegalReview.Data.Auditing;

namespace LegalReview.Data.Findings;

/// <summary>
/// One provision linked by a finding, from any document. An empty <see cref="StableId"/> means the document as a
/// whole (e.g. its "Căn cứ" preamble).
/// </summary>
public class FindingProvision : IAuditable
{
    public long Id { get; set; }
    public long FindingId { get; set; }
    public long DocumentId { get; set; }
    public string StableId { get; set; } = "";

    /// <summary>Version whose text the reviewer read; null when linked without reading a particular version.</summary>
    public long? VersionId { get; set; }

    /// <summary>Short excerpt of the provision's text kept with the finding, as evidence.</summary>
    public string? Excerpt { get; set; }

    public int Order { get; set; }
    public int RowVersion { get; set; }
}
