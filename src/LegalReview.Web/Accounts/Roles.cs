namespace LegalReview.Web.Accounts;

/// <summary>
/// Role names (chuyên viên = Reviewer, lãnh đạo phòng = Lead, Admin) and the policies pages use. Policies are
/// cumulative: Admin may do everything a Lead can, and a Lead everything a Reviewer can.
/// </summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Lead = "Lead";
    public const string Reviewer = "Reviewer";

    /// <summary>Admin only: user administration, uploads, Hangfire dashboard.</summary>
    public const string AdminPolicy = "AdminOnly";

    /// <summary>Lead or Admin: approve/return review sheets, create campaigns, dismiss triggered items.</summary>
    public const string LeadPolicy = "LeadOrAdmin";

    /// <summary>Any of the three roles: review work (campaigns, sheets, audit trail).</summary>
    public const string ReviewerPolicy = "AnyReviewRole";

    public static readonly IReadOnlyList<string> All = [Admin, Lead, Reviewer];

    /// <summary>Whether the user holds Lead or Admin.</summary>
    public static bool IsLead(System.Security.Claims.ClaimsPrincipal user) => user.IsInRole(Lead) || user.IsInRole(Admin);

    /// <summary>Vietnamese name of a role.</summary>
    public static string DisplayName(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        Lead => "Lãnh đạo phòng",
        Reviewer => "Chuyên viên",
        _ => role,
    };
}
