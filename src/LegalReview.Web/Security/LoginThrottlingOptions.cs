namespace LegalReview.Web.Security;

/// <summary>Configuration section "Security": how many login attempts one client address may make per minute.</summary>
public sealed class LoginThrottlingOptions
{
    public const string Section = "Security";

    /// <summary>POSTs to the login page per client address and minute; Identity's account lockout comes on top.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 20;
}
