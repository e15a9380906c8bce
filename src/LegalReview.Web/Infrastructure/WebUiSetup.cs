using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using LegalReview.Web.Accounts;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace LegalReview.Web.Infrastructure;

/// <summary>Razor Pages, culture, antiforgery and the middleware pipeline.</summary>
public static class WebUiSetup
{
    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AddPageRoute("/Documents/Index", "");
            options.Conventions.AuthorizePage("/Documents/Upload", Roles.AdminPolicy);
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Error");
        });
        // Vietnamese text stays readable in the HTML instead of becoming &#x...; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "LegalReview.Antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    public static WebApplication UseWebUi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        var vietnamese = new CultureInfo("vi-VN");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(vietnamese),
            SupportedCultures = [vietnamese],
            SupportedUICultures = [vietnamese],
        });
        // Static files come before authentication: the login page needs its stylesheet.
        app.UseStaticFiles();
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
