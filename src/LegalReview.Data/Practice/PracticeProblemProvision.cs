using LegalReview.Data.Auditing;

namespace LegalReview.Data.Practice;

/// <summary>A provision a practice problem is about.</summary>
public class PracticeProblemProvision : IAuditable
{
    public long Id { get; set; }
    public long PracticeProblemId { get; set; }
    public long DocumentId { get; set; }

    /// <summary>Stable id of the provision; "" = the document as a whole.</summary>
    public string StableId { get; set; } = "";

    public long? VersionId { get; set; }
    public int RowVersion { get; set; }
}
