namespace LegalReview.Exports.Proposals;

/// <summary>
/// Everything a recommendation letter (công văn kiến nghị) says. <see cref="NumberSequence"/> and
/// <see cref="Date"/> stay empty on a draft: the letter then shows blanks for the clerk to fill in when it is signed.
/// </summary>
public sealed record ProposalLetter
{
    public string? NumberSequence { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>Year printed when the date is still blank.</summary>
    public required int Year { get; init; }

    /// <summary>The subject after "V/v ": "kiến nghị sửa đổi, bổ sung Bộ luật Lao động số 45/2019/QH14".</summary>
    public required string Subject { get; init; }

    /// <summary>"Kính gửi" line(s): the competent authority.</summary>
    public required IReadOnlyList<string> Addressees { get; init; }

    /// <summary>Why the letter is written: the plan or the triggering document.</summary>
    public required string Occasion { get; init; }

    /// <summary>"Căn cứ …" lines (legal basis of the review), without "Căn cứ".</summary>
    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    public required IReadOnlyList<ProposalLetterItem> Items { get; init; }

    /// <summary>"Nơi nhận" list before the archive line ("Như trên", "Bộ Tư pháp (Cục Kiểm tra văn bản …)" …).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = ["Như trên"];

    /// <summary>Date stamped on the tracked changes.</summary>
    public DateTimeOffset RevisionDate { get; init; }
}
