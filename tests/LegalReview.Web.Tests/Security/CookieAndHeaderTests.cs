using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LegalReview.Web.Tests.Security;

/// <summary>Cookie flags over HTTPS and security headers on every kind of page.</summary>
public sealed class CookieAndHeaderTests(LegalReviewWebFactory factory) : IClassFixture<LegalReviewWebFactory>
{
    [Fact]
    public async Task Login_OverHttps_SetsSecureHttpOnlySameSiteCookies()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false,
        });
        var form = await client.GetAsync("/Account/Login");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("LegalReview.Antiforgery=", StringComparison.Ordinal));
        var html = await form.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "admin", ["Input.Password"] = LegalReviewWebFactory.AdminPassword,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }),
        };
        request.Headers.Add("Cookie", antiforgery.Split(';')[0]);

        var login = await client.SendAsync(request);

        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("LegalReview.Auth=", StringComparison.Ordinal)).ToLowerInvariant();
        auth.ShouldContain("secure");
        auth.ShouldContain("httponly");
        auth.ShouldContain("samesite=lax");
        antiforgery.ToLowerInvariant().ShouldContain("secure");
        antiforgery.ToLowerInvariant().ShouldContain("httponly");
        antiforgery.ToLowerInvariant().ShouldContain("samesite=strict");
    }

    [Theory]
    [InlineData("/documents")]
    [InlineData("/search?q=lao+%C4%91%E1%BB%99ng")]
    [InlineData("/compare")]
    [InlineData("/sources")]
    [InlineData("/documents/upload")]
    [InlineData("/documents/987654")]
    [InlineData("/css/site.css")]
    public async Task Get_SignedInPages_SendCspWithoutInlineScriptAndFramingBan(string path)
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);

        var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("object-src 'none'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldNotContain("unsafe-eval");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            ExecutableMarkup.Find(await response.Content.ReadAsStringAsync()).ShouldBeEmpty(path);
        }
    }

    [Fact]
    public async Task Hangfire_Anonymous_NeverSeesTheDashboard()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/hangfire/jobs/enqueued");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("tác vụ nền");
    }
}
