using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Accounts;

/// <summary>
/// Per-address rate limit on login attempts (fixed window), on top of Identity's per-account lockout: lockout stops
/// guessing one account's password, this stops one address from trying many accounts.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LoginThrottle(IOptions<LoginThrottleOptions> options)
    {
        var o = options.Value;
        WindowSeconds = o.WindowSeconds;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = o.PermitLimit,
                Window = TimeSpan.FromSeconds(o.WindowSeconds),
                QueueLimit = 0,
            }));
    }

    public int WindowSeconds { get; }

    /// <summary>Vietnamese message shown when an attempt is refused.</summary>
    public string Message =>
        $"Bạn đã thử đăng nhập quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau {WindowSeconds} giây.";

    /// <summary>Counts one attempt from the request's address; false when the address is over its limit.</summary>
    public bool TryAcquire(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
