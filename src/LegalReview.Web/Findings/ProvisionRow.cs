namespace LegalReview.Web.Findings;

/// <summary>One "document number + provision" row of the pick-provisions forms.</summary>
public sealed class ProvisionRow
{
    public string? Number { get; set; }
    public string? Provision { get; set; }

    /// <summary>Version the reviewer was reading, when the row came from a document page.</summary>
    public long? VersionId { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Provision);
}
