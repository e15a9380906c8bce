using LegalReview.Data.Auditing;

namespace LegalReview.Web.Auditing;

/// <summary>The signed-in user of the current request; "system" outside requests (Hangfire jobs, start-up).</summary>
public sealed class HttpContextAuditUser(IHttpContextAccessor accessor) : IAuditUser
{
    public string UserName =>
        accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
            ? name
            : FixedAuditUser.SystemName;
}
