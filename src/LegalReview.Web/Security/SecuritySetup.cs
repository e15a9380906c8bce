using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Security;

/// <summary>
/// Login throttling per client address. Identity's lockout protects one account; this slows down guessing across
/// many accounts from one machine. Only POST /Account/Login is limited, so reading pages is never throttled.
/// </summary>
public static class SecuritySetup
{
    public const string RejectedMessage = "Quá nhiều lần đăng nhập từ máy này. Vui lòng thử lại sau một phút.";

    public static IServiceCollection AddSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LoginThrottlingOptions>(configuration.GetSection(LoginThrottlingOptions.Section));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<LoginThrottlingOptions>>((options, throttling) =>
        {
            var limit = Math.Max(1, throttling.Value.LoginAttemptsPerMinute);
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLoginPost(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter("other"));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(RejectedMessage, ct);
            };
        });
        return services;
    }

    /// <summary>Adds the login limiter to the pipeline (after <c>UseWebUi</c>).</summary>
    public static WebApplication UseLoginThrottling(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static bool IsLoginPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase);
}
