using System.ComponentModel.DataAnnotations;

namespace LegalReview.Web.Accounts;

/// <summary>Configuration section <c>Accounts:LoginThrottle</c>: login attempts allowed per client address.</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "Accounts:LoginThrottle";

    /// <summary>Login POSTs allowed per address within <see cref="WindowSeconds"/>.</summary>
    [Range(1, 10_000)]
    public int PermitLimit { get; set; } = 10;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
