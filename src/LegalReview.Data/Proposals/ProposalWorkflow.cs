namespace LegalReview.Data.Proposals;

/// <summary>
/// The proposal state machine: draft → in review (lead) → approved → sent → response recorded → closed, with "return"
/// from review back to draft. Every other step is refused; content can be edited only in a draft.
/// </summary>
public static class ProposalWorkflow
{
    private static readonly Dictionary<(ProposalStatus From, ProposalCommand Command), ProposalStatus> Steps = new()
    {
        [(ProposalStatus.Draft, ProposalCommand.Submit)] = ProposalStatus.InReview,
        [(ProposalStatus.InReview, ProposalCommand.Approve)] = ProposalStatus.Approved,
        [(ProposalStatus.InReview, ProposalCommand.Return)] = ProposalStatus.Draft,
        [(ProposalStatus.Approved, ProposalCommand.MarkSent)] = ProposalStatus.Sent,
        [(ProposalStatus.Sent, ProposalCommand.RecordResponse)] = ProposalStatus.ResponseRecorded,
        [(ProposalStatus.ResponseRecorded, ProposalCommand.Close)] = ProposalStatus.Closed,
    };

    /// <summary>Steps only a review lead (or administrator) may take.</summary>
    private static readonly HashSet<ProposalCommand> LeadOnly = [ProposalCommand.Approve, ProposalCommand.Return, ProposalCommand.MarkSent, ProposalCommand.Close];

    public static bool CanEdit(ProposalStatus status) => status == ProposalStatus.Draft;

    /// <summary>The status after the step; throws <see cref="ProposalWorkflowException"/> when the step is not allowed.</summary>
    public static ProposalStatus Next(ProposalStatus from, ProposalCommand command, bool isLead)
    {
        if (!Steps.TryGetValue((from, command), out var to))
        {
            throw new ProposalWorkflowException($"Không thể {CommandName(command)} khi kiến nghị đang ở trạng thái “{StatusName(from)}”.");
        }

        if (LeadOnly.Contains(command) && !isLead)
        {
            throw new ProposalWorkflowException($"Chỉ lãnh đạo phòng mới được {CommandName(command)}.");
        }

        return to;
    }

    /// <summary>The steps the user may take now (drives the page's buttons).</summary>
    public static IReadOnlyList<ProposalCommand> Allowed(ProposalStatus from, bool isLead) => Steps.Keys
        .Where(k => k.From == from && (isLead || !LeadOnly.Contains(k.Command)))
        .Select(k => k.Command)
        .ToList();

    public static string StatusName(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "Dự thảo",
        ProposalStatus.InReview => "Chờ duyệt",
        ProposalStatus.Approved => "Đã duyệt",
        ProposalStatus.Sent => "Đã gửi",
        ProposalStatus.ResponseRecorded => "Đã có phản hồi",
        _ => "Đã đóng",
    };

    public static string CommandName(ProposalCommand command) => command switch
    {
        ProposalCommand.Submit => "gửi duyệt",
        ProposalCommand.Approve => "duyệt",
        ProposalCommand.Return => "trả lại để chỉnh sửa",
        ProposalCommand.MarkSent => "ghi nhận đã gửi",
        ProposalCommand.RecordResponse => "ghi nhận phản hồi",
        _ => "đóng",
    };

    public static string ResponseName(ProposalResponse response) => response switch
    {
        ProposalResponse.Accepted => "Tiếp thu toàn bộ",
        ProposalResponse.PartlyAccepted => "Tiếp thu một phần",
        _ => "Không tiếp thu",
    };
}
