namespace LegalReview.Exports;

/// <summary>
/// Who issues the exported documents and how they are numbered (appsettings section "Exports"). Defaults describe the
/// Sở Tư pháp of Lạng Sơn so that an unconfigured installation still produces a plausible letter.
/// </summary>
public sealed record ExportSettings
{
    /// <summary>Parent body, first line of the letterhead, capitals: "UBND TỈNH LẠNG SƠN".</summary>
    public string ParentBody { get; init; } = "UBND TỈNH LẠNG SƠN";

    /// <summary>Issuing body, bold under the parent body: "SỞ TƯ PHÁP".</summary>
    public string Organisation { get; init; } = "SỞ TƯ PHÁP";

    /// <summary>How the body names itself in running text: "Sở Tư pháp tỉnh Lạng Sơn".</summary>
    public string OrganisationInText { get; init; } = "Sở Tư pháp tỉnh Lạng Sơn";

    /// <summary>Place written before the date: "Lạng Sơn".</summary>
    public string Place { get; init; } = "Lạng Sơn";

    /// <summary>Letter number pattern; {0} is the sequence number (blank until the clerk numbers it).</summary>
    public string LetterNumberPattern { get; init; } = "{0}/STP-NV1";

    /// <summary>Report number pattern ("Báo cáo" carries the BC type abbreviation).</summary>
    public string ReportNumberPattern { get; init; } = "{0}/BC-STP";

    /// <summary>Signature authority prefix: "KT." (ký thay), "TM.", "TL.", "TUQ.", "Q." or empty when the head signs.</summary>
    public string AuthorityPrefix { get; init; } = "KT.";

    /// <summary>Title of the head the signer signs for: "GIÁM ĐỐC".</summary>
    public string AuthorityTitle { get; init; } = "GIÁM ĐỐC";

    /// <summary>The signer's own title: "PHÓ GIÁM ĐỐC".</summary>
    public string SignerTitle { get; init; } = "PHÓ GIÁM ĐỐC";

    /// <summary>The signer's full name, printed under the signature space.</summary>
    public string SignerName { get; init; } = "";

    /// <summary>Archive line closing "Nơi nhận": "Lưu: VT, NV1.".</summary>
    public string ArchiveLine { get; init; } = "Lưu: VT, NV1.";

    /// <summary>Author written on tracked changes, shown by Word in the review pane.</summary>
    public string RevisionAuthor { get; init; } = "Sở Tư pháp";

    /// <summary>The letter number with the sequence filled in, or with blanks for the clerk when none is given.</summary>
    public string FormatLetterNumber(string? sequence) => string.Format(System.Globalization.CultureInfo.InvariantCulture,
        LetterNumberPattern, string.IsNullOrWhiteSpace(sequence) ? "      " : sequence.Trim());

    /// <summary>The report number, blanks when no sequence is given.</summary>
    public string FormatReportNumber(string? sequence) => string.Format(System.Globalization.CultureInfo.InvariantCulture,
        ReportNumberPattern, string.IsNullOrWhiteSpace(sequence) ? "      " : sequence.Trim());
}
