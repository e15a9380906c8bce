namespace LegalReview.Core.Documents;

/// <summary>
/// A normative legal document (văn bản quy phạm pháp luật). Identity is (issuer, number): provincial numbers
/// repeat across provinces, so the number alone is not a key.
/// </summary>
public class LegalDocument
{
    public long Id { get; set; }

    /// <summary>Number and symbol as written, e.g. "45/2019/QH14".</summary>
    public string Number { get; set; } = "";

    /// <summary>Number normalized for matching (upper case, Đ→D, dashes unified, leading zeros dropped).</summary>
    public string NormalizedNumber { get; set; } = "";

    public string Issuer { get; set; } = "";
    public DocumentType Type { get; set; }

    /// <summary>Type as written in the document ("Bộ luật", "Nghị định" …).</summary>
    public string TypeName { get; set; } = "";

    public string Title { get; set; } = "";
    public string? Signer { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public Validity Validity { get; set; }

    /// <summary>Where the document binds: "Toàn quốc" for central documents, else the province.</summary>
    public string Territory { get; set; } = "Toàn quốc";

    /// <summary>Fields/topics (lĩnh vực), semicolon separated so both database providers store them alike.</summary>
    public string Topics { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<DocumentVersion> Versions { get; set; } = [];
    public List<EnactingBasis> Bases { get; set; } = [];

    public DocumentVersion? LatestVersion => Versions.Count == 0 ? null : Versions.MaxBy(v => v.VersionNumber);
}
