namespace LegalReview.Core.Documents;

/// <summary>
/// One distinct text of a document. Every distinct text is kept with its raw bytes, so a version can be re-parsed
/// when the parser improves and a reviewer can always see what was retrieved.
/// </summary>
public class DocumentVersion
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public LegalDocument? Document { get; set; }

    /// <summary>1, 2, 3 … in order of retrieval.</summary>
    public int VersionNumber { get; set; }

    /// <summary>Where the text came from: a file name, a URL, "samples/…".</summary>
    public string Source { get; set; } = "";

    public DateTimeOffset RetrievedAt { get; set; }

    /// <summary>SHA-256 (hex) of the raw bytes as retrieved.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>SHA-256 (hex) of the normalized text: the same law as .txt and .docx is one version, not two.</summary>
    public string TextSha256 { get; set; } = "";

    public string FileName { get; set; } = "";
    public string MediaType { get; set; } = "";
    public byte[] RawBytes { get; set; } = [];

    /// <summary>Normalized plain text (NFC, modern tone placement) the provisions were parsed from.</summary>
    public string Text { get; set; } = "";

    public List<Provision> Provisions { get; set; } = [];

    /// <summary>
    /// Set on a version computed by consolidation (not retrieved): the text as in force from this date, with the
    /// amending instructions applied. Null for retrieved versions.
    /// </summary>
    public DateOnly? ConsolidatedAsOf { get; set; }

    /// <summary>Numbers of the amending documents applied in a consolidated version ("46/2014/QH13; …").</summary>
    public string? ConsolidatedFrom { get; set; }
}
