namespace LegalReview.Core.Amendments;

/// <summary>What an amending instruction does to its target (DOMAIN.md §6).</summary>
public enum AmendmentAction
{
    /// <summary>Replace the unit's content with the new text ("Sửa đổi, bổ sung khoản 2 Điều 7 như sau").</summary>
    Amend,

    /// <summary>Replace only the title of an article, chapter … ("Sửa đổi tên Điều 9").</summary>
    AmendHeading,

    /// <summary>Add a new unit, after <see cref="AmendmentInstruction.InsertAfterLabel"/> when given ("Bổ sung khoản 4a vào sau khoản 4").</summary>
    InsertAfter,

    /// <summary>Repeal the unit; its number stays with "(được bãi bỏ)".</summary>
    Repeal,

    /// <summary>
    /// Repeal content that the amending law describes instead of quoting ("Bãi bỏ các nội dung quy định về tỷ giá … tại
    /// khoản 1 Điều 6"). Which words go is a reader's judgement, so the unit keeps its text and carries a note naming
    /// the repealed content (<see cref="AmendmentInstruction.RepealedContent"/>), as a consolidated text's footnote does.
    /// </summary>
    RepealDescribedContent,

    /// <summary>Substitute <see cref="AmendmentInstruction.OldPhrase"/> by <see cref="AmendmentInstruction.NewPhrase"/> inside the target.</summary>
    ReplacePhrase,

    /// <summary>Delete <see cref="AmendmentInstruction.OldPhrase"/> inside the target.</summary>
    DeletePhrase,

    /// <summary>Insert <see cref="AmendmentInstruction.NewPhrase"/> before/after an anchor phrase or at the start/end of the target.</summary>
    InsertPhrase,

    /// <summary>Replace an annex (phụ lục).</summary>
    ReplaceAnnex,

    /// <summary>
    /// The sentence is an instruction but could not be understood (e.g. unbalanced quotes). Kept so that a human sees it; <see cref="AmendmentInstruction.Problem"/> says why.
    /// </summary>
    Unrecognized,
}
