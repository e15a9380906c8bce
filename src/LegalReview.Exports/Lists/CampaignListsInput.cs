namespace LegalReview.Exports.Lists;

/// <summary>What a campaign's lists, report and compilation are made of: its documents with their review conclusions.</summary>
public sealed record CampaignListsInput
{
    /// <summary>Name of the campaign / plan ("Rà soát văn bản về quyền và nghĩa vụ của người lao động năm 2026").</summary>
    public required string CampaignName { get; init; }

    /// <summary>Cut-off date (thời điểm rà soát, hệ thống hóa): documents issued later are left out.</summary>
    public required DateOnly CutoffDate { get; init; }

    /// <summary>The plan the campaign carries out ("Kế hoạch số 15/KH-STP ngày 10/01/2026"), used in the report.</summary>
    public string? PlanReference { get; init; }

    public required IReadOnlyList<CatalogueDocument> Documents { get; init; }

    /// <summary>Report number sequence and date; blank on a draft.</summary>
    public string? ReportNumberSequence { get; init; }

    public DateOnly? ReportDate { get; init; }

    /// <summary>Addressee of the report ("Ủy ban nhân dân tỉnh Lạng Sơn").</summary>
    public string ReportAddressee { get; init; } = "Ủy ban nhân dân tỉnh";

    /// <summary>Assessment paragraph(s) of the report (part III), one per line; a neutral default when empty.</summary>
    public string? Assessment { get; init; }

    /// <summary>Recommendations (part IV), one per line; a default when empty.</summary>
    public string? Recommendations { get; init; }
}
