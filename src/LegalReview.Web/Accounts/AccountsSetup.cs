using LegalReview.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Accounts;

/// <summary>Identity with cookie login; every page requires a signed-in user unless it opts out.</summary>
public static class AccountsSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        services.AddIdentity<IdentityUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<LegalReviewDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "LegalReview.Auth";
            options.Cookie.HttpOnly = true;
            // Secure whenever the request is HTTPS; plain HTTP on localhost stays usable for first start.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnValidatePrincipal = ValidateSecurityStampWhenDueAsync;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.AdminPolicy, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Roles.LeadPolicy, p => p.RequireRole(Roles.Lead, Roles.Admin))
            .AddPolicy(Roles.ReviewerPolicy, p => p.RequireRole(Roles.Reviewer, Roles.Lead, Roles.Admin));
        services.AddOptions<LoginThrottleOptions>().BindConfiguration(LoginThrottleOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<AdminSeeder>();
        return services;
    }

    /// <summary>
    /// Identity's security-stamp check, asked only when its interval has passed. Identity's own handler resolves the
    /// validator (SignInManager, UserManager, user store and a DbContext) on every request before it looks at the
    /// time; the decision here is the same one it makes — validate when the cookie has no issue time or is older than
    /// <see cref="SecurityStampValidatorOptions.ValidationInterval"/> — taken before anything is built.
    /// </summary>
    internal static Task ValidateSecurityStampWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        if (context.Properties.IssuedUtc is { } issued && now - issued <= options.ValidationInterval)
        {
            return Task.CompletedTask;
        }

        return SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>Creates the roles and, on first start, the administrator.</summary>
    public static async Task SeedAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdminSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
