using LegalReview.Web.Auditing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Audit;

/// <summary>The audit trail of one object (who changed what, when, before → after).</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class IndexModel(AuditQueries queries) : PageModel
{
    public AuditTrailModel Trail { get; private set; } = new("", "", []);

    public string? BackLink { get; private set; }

    public async Task OnGetAsync(string entityType, string id, CancellationToken ct)
    {
        Trail = new AuditTrailModel(entityType, id, await queries.TrailAsync(entityType, id, ct));
        BackLink = entityType switch
        {
            "ReviewCampaign" => $"/campaigns/{id}",
            "ReviewItem" => $"/campaigns/items/{id}",
            _ => null,
        };
    }

    public static string TypeName(string entityType) => entityType switch
    {
        "ReviewCampaign" => "Đợt rà soát",
        "ReviewItem" => "Mục rà soát",
        "ReviewSheet" => "Phiếu rà soát",
        "ReviewSheetRow" => "Dòng phiếu rà soát",
        _ => entityType,
    };
}
