namespace LegalReview.Web.Accounts;

/// <summary>Configuration section <c>Admin</c>: the seeded administrator.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>User name of the seeded administrator.</summary>
    public string UserName { get; set; } = "admin";

    /// <summary>Password for the administrator created at first start; generated and printed once when empty.</summary>
    public string? Password { get; set; }
}
