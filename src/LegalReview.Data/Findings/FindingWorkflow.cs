namespace LegalReview.Data.Findings;

/// <summary>
/// The finding workflow as an explicit state machine. Every transition not listed in <see cref="Transitions"/> is
/// refused with a Vietnamese reason the page shows as is.
/// </summary>
public static class FindingWorkflow
{
    /// <summary>(from, action) → to. Resolved is final.</summary>
    public static readonly IReadOnlyDictionary<(FindingStatus From, FindingTransition Action), FindingStatus> Transitions =
        new Dictionary<(FindingStatus, FindingTransition), FindingStatus>
        {
            [(FindingStatus.Open, FindingTransition.Confirm)] = FindingStatus.Confirmed,
            [(FindingStatus.Open, FindingTransition.Dismiss)] = FindingStatus.Dismissed,
            [(FindingStatus.Confirmed, FindingTransition.Resolve)] = FindingStatus.Resolved,
            [(FindingStatus.Dismissed, FindingTransition.Reopen)] = FindingStatus.Open,
        };

    /// <summary>Actions allowed from <paramref name="status"/>, for the page's buttons.</summary>
    public static IReadOnlyList<FindingTransition> AllowedFrom(FindingStatus status) =>
        Transitions.Keys.Where(k => k.From == status).Select(k => k.Action).ToList();

    /// <summary>The target state, or the reason the transition is refused.</summary>
    public static (FindingStatus? To, string? Error) Next(FindingStatus from, FindingTransition action)
    {
        if (Transitions.TryGetValue((from, action), out var to))
        {
            return (to, null);
        }

        var reason = from switch
        {
            FindingStatus.Resolved => "Phát hiện đã được xử lý xong; không thể thay đổi trạng thái nữa.",
            _ when action == FindingTransition.Resolve =>
                $"Chỉ phát hiện đã được xác nhận mới được đánh dấu đã xử lý (trạng thái hiện tại: {StatusName(from)}).",
            _ => $"Không thể {ActionName(action)} phát hiện đang ở trạng thái \"{StatusName(from)}\".",
        };
        return (null, reason);
    }

    public static string StatusName(FindingStatus status) => status switch
    {
        FindingStatus.Open => "Mới mở",
        FindingStatus.Confirmed => "Đã xác nhận",
        FindingStatus.Dismissed => "Đã bác bỏ",
        FindingStatus.Resolved => "Đã xử lý",
        _ => status.ToString(),
    };

    public static string ActionName(FindingTransition action) => action switch
    {
        FindingTransition.Confirm => "xác nhận",
        FindingTransition.Dismiss => "bác bỏ",
        FindingTransition.Resolve => "đánh dấu đã xử lý",
        FindingTransition.Reopen => "mở lại",
        _ => action.ToString(),
    };
}
