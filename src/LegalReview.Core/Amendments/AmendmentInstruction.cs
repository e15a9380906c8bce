namespace LegalReview.Core.Amendments;

/// <summary>
/// One operation on one unit of a target document, parsed from an amending document.
/// A sentence such as "Sửa đổi, bổ sung khoản 18 và bổ sung khoản 18a vào sau khoản 18 Điều 9" yields two.
/// </summary>
/// <param name="SourceDocumentNumber">Number of the amending document, e.g. "46/2014/QH13".</param>
/// <param name="SourceProvisionId">Where the instruction sits in the amending document, e.g. "dieu-1/khoan-5" or "dieu-2/khoan-1/diem-a".</param>
/// <param name="SourceText">The instruction sentence as written (without the new text).</param>
/// <param name="TargetDocumentNumber">Number of the amended document as written, null when the text does not say.</param>
/// <param name="Action">What is done.</param>
/// <param name="Target">Unit acted on (for <see cref="AmendmentAction.InsertAfter"/>: the new unit).</param>
/// <param name="NewText">New text of the unit (label line included, quotes removed), for Amend / AmendHeading / InsertAfter.</param>
/// <param name="OldPhrase">Phrase replaced or deleted (as quoted).</param>
/// <param name="NewPhrase">Replacement or inserted phrase (as quoted).</param>
/// <param name="Anchor">Position of a phrase operation.</param>
/// <param name="AnchorPhrase">The phrase before/after which it acts.</param>
/// <param name="InsertAfterLabel">Label of the sibling after which a new unit goes ("4" in "vào sau khoản 4"); null = by number order.</param>
/// <param name="EffectiveOn">Date the change takes effect (the amending document's, unless the instruction says otherwise).</param>
/// <param name="Problem">Why the instruction could not be fully understood; null when it was.</param>
/// <param name="RepealedContent">For <see cref="AmendmentAction.RepealDescribedContent"/>: the content as the amending law
/// describes it ("các nội dung quy định về tỷ giá khi xác định doanh thu, …").</param>
public sealed record AmendmentInstruction(
    string SourceDocumentNumber,
    string SourceProvisionId,
    string SourceText,
    string? TargetDocumentNumber,
    AmendmentAction Action,
    ProvisionAddress Target,
    string? NewText = null,
    string? OldPhrase = null,
    string? NewPhrase = null,
    PhraseAnchor Anchor = PhraseAnchor.None,
    string? AnchorPhrase = null,
    string? InsertAfterLabel = null,
    DateOnly? EffectiveOn = null,
    string? Problem = null,
    string? RepealedContent = null)
{
    /// <summary>Short English-free summary for lists: "InsertAfter dieu-7a".</summary>
    public override string ToString() => $"{SourceProvisionId}: {Action} {Target.Path}";
}
