namespace LegalReview.Core.Proposals;

/// <summary>What a proposal item asks the competent authority to do with the target provision (DOMAIN.md §3 handling forms).</summary>
public enum ProposalAction
{
    /// <summary>Sửa đổi: change the wording of an existing unit.</summary>
    Amend,

    /// <summary>Bổ sung: add content (a new unit or words) to the document.</summary>
    Supplement,

    /// <summary>Thay thế: replace the unit (or document) as a whole.</summary>
    Replace,

    /// <summary>Bãi bỏ: repeal the unit.</summary>
    Repeal,

    /// <summary>Ban hành mới: issue a new provision or document where none exists.</summary>
    IssueNew,
}
