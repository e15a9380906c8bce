namespace LegalReview.Web.Accounts;

/// <summary>Role names (DOMAIN.md: administrator, review lead, reviewer) and the admin-only policy.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Lead = "Lead";
    public const string Reviewer = "Reviewer";
    public const string AdminPolicy = "AdminOnly";

    public static readonly IReadOnlyList<string> All = [Admin, Lead, Reviewer];
}
