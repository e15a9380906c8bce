using Hangfire.Dashboard;
using LegalReview.Web.Accounts;

namespace LegalReview.Web.Importing;

/// <summary>
/// Only administrators see the Hangfire dashboard. Hangfire answers 401 to anonymous users and 403 to signed-in
/// users without the role. Explicit because the default filter allows local requests only.
/// </summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User.IsInRole(Roles.Admin);
}
