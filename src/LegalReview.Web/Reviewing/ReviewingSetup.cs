using LegalReview.Data.Reviewing;
using LegalReview.Web.Accounts;
using LegalReview.Web.Auditing;

namespace LegalReview.Web.Reviewing;

/// <summary>
/// Review workbench: campaigns, review items and sheets, the workflow, triggered review, user administration and the
/// audit trail. Pages carry their policy as [Authorize] attributes (Roles.ReviewerPolicy, LeadPolicy, AdminPolicy).
/// </summary>
public static class ReviewingSetup
{
    public static IServiceCollection AddReviewing(this IServiceCollection services)
    {
        services.AddAuditing();
        services.AddScoped<ReviewItemService>();
        services.AddScoped<ReviewWorkflowService>();
        services.AddScoped<ReviewSheetService>();
        services.AddScoped<CampaignScopeResolver>();
        services.AddScoped<CampaignService>();
        services.AddScoped<ReviewTriggerService>();
        services.AddScoped<ReviewTriggerJob>();
        services.AddScoped<ReviewQueries>();
        services.AddHostedService<ReviewTriggerScheduler>();
        return services;
    }

    /// <summary>The workflow actor of the signed-in user.</summary>
    public static ReviewActor Actor(this System.Security.Claims.ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "", Roles.IsLead(user));
}
