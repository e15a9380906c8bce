using LegalReview.Data.Auditing;

namespace LegalReview.Web.Auditing;

/// <summary>An audit entry ready to show: who, when, what, and the changed properties.</summary>
public sealed record AuditRow(long Id, DateTimeOffset Timestamp, string UserName, AuditAction Action, IReadOnlyList<AuditChange> Changes)
{
    public string ActionName => Action switch
    {
        AuditAction.Added => "Tạo mới",
        AuditAction.Modified => "Sửa",
        AuditAction.Deleted => "Xóa",
        _ => Action.ToString(),
    };
}
