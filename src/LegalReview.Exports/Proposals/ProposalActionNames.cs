using LegalReview.Core.Proposals;

namespace LegalReview.Exports.Proposals;

/// <summary>Vietnamese wording of a <see cref="ProposalAction"/> ("sửa đổi", "bãi bỏ" …).</summary>
public static class ProposalActionNames
{
    public static string Verb(ProposalAction action) => action switch
    {
        ProposalAction.Amend => "sửa đổi",
        ProposalAction.Supplement => "bổ sung",
        ProposalAction.Replace => "thay thế",
        ProposalAction.Repeal => "bãi bỏ",
        ProposalAction.IssueNew => "ban hành mới",
        _ => action.ToString(),
    };

    /// <summary>The actions of several items joined the way letters write them: "sửa đổi, bổ sung, bãi bỏ".</summary>
    public static string Verbs(IEnumerable<ProposalAction> actions) =>
        string.Join(", ", actions.Distinct().Order().Select(Verb));
}
