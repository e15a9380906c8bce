using Microsoft.AspNetCore.Mvc;

namespace LegalReview.Web.Auditing;

/// <summary>
/// Embeddable audit trail of one object: <c>@await Component.InvokeAsync("AuditTrail", new { entityType = "ReviewSheet",
/// entityId = "5" })</c>. The full page is /audit/{entityType}/{id}.
/// </summary>
public sealed class AuditTrailViewComponent(AuditQueries queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string entityType, string entityId, int max = 10) =>
        View("/Auditing/AuditTrail.cshtml", new AuditTrailModel(
            entityType, entityId, (await queries.TrailAsync(entityType, entityId, HttpContext.RequestAborted)).Take(max).ToList()));
}
