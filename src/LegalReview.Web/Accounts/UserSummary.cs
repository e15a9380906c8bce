namespace LegalReview.Web.Accounts;

/// <summary>A user as the administration page lists it.</summary>
public sealed record UserSummary(string Id, string UserName, string? Role, bool IsLockedOut, DateTimeOffset? LockoutEnd);
