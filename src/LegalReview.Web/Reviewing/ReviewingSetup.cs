using LegalReview.Data.Reviewing;
using LegalReview.Web.Accounts;
using LegalReview.Web.Auditing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Reviewing;

/// <summary>
/// Review workbench: campaigns, review items and sheets, the workflow, triggered review, user administration and the
/// audit trail, with the authorization of their pages.
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
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Campaigns", Roles.ReviewerPolicy);
            o.Conventions.AuthorizePage("/Campaigns/Create", Roles.LeadPolicy);
            o.Conventions.AuthorizeFolder("/Admin", Roles.AdminPolicy);
        });
        return services;
    }

    /// <summary>The workflow actor of the signed-in user.</summary>
    public static ReviewActor Actor(this System.Security.Claims.ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "", Roles.IsLead(user));
}
