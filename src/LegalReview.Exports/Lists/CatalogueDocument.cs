using LegalReview.Core.Documents;

namespace LegalReview.Exports.Lists;

/// <summary>
/// One reviewed document with the review's conclusion as of the cut-off date: which lists it goes to follows from
/// <see cref="Validity"/> and <see cref="Handling"/> (see <see cref="Catalogues"/>).
/// </summary>
public sealed record CatalogueDocument
{
    public required string Issuer { get; init; }
    public required DocumentType Type { get; init; }

    /// <summary>Type as written ("Bộ luật", "Nghị định").</summary>
    public required string TypeName { get; init; }

    public required string Number { get; init; }
    public DateOnly? IssuedOn { get; init; }

    /// <summary>Trích yếu / name of the document.</summary>
    public required string Title { get; init; }

    /// <summary>Validity concluded by the review sheet, as of the cut-off date.</summary>
    public required Validity Validity { get; init; }

    public DateOnly? EffectiveOn { get; init; }

    /// <summary>Date the document (or the provisions concerned) expired or was suspended.</summary>
    public DateOnly? ExpiredOn { get; init; }

    /// <summary>Why it expired: "Được thay thế bởi Luật Công đoàn số 50/2024/QH15".</summary>
    public string? ExpiryReason { get; init; }

    /// <summary>For partial expiry: the provisions that expired ("điểm b khoản 1 Điều 21; khoản 10, 12 Điều 23").</summary>
    public string? ExpiredProvisions { get; init; }

    /// <summary>Proposed handling when the document needs it ("Sửa đổi, bổ sung", "Thay thế" …); null when none.</summary>
    public string? Handling { get; init; }

    /// <summary>Provisions the handling concerns.</summary>
    public string? HandlingProvisions { get; init; }

    public string? HandlingReason { get; init; }

    /// <summary>Body that should draft the handling document.</summary>
    public string? LeadBody { get; init; }

    public string? HandlingDeadline { get; init; }
    public string? Notes { get; init; }

    /// <summary>Full text for the compilation (Tập hệ thống hóa), one paragraph per line; empty when not available.</summary>
    public string Text { get; init; } = "";
}
