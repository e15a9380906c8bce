using System.Security.Claims;
using LegalReview.Data.Findings;
using LegalReview.Web.Accounts;

namespace LegalReview.Web.Findings;

/// <summary>The signed-in user as a <see cref="ReviewActor"/>: leads and administrators decide on findings.</summary>
public static class ReviewActors
{
    public static ReviewActor From(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "", MayDecide(user));

    public static bool MayDecide(ClaimsPrincipal user) => Roles.IsLead(user);

    public static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "";
}
