using LegalReview.Core.Proposals;

namespace LegalReview.Exports.Proposals;

/// <summary>
/// One recommendation of a letter. <see cref="TargetProvision"/> names the provision in full, as the letter cites it
/// ("khoản 1 Điều 35 Bộ luật Lao động số 45/2019/QH14"); texts use one line per paragraph.
/// </summary>
public sealed record ProposalLetterItem(
    string TargetProvision,
    ProposalAction Action,
    string CurrentText,
    string ProposedText,
    string Reasoning,
    IReadOnlyList<string> Findings);
