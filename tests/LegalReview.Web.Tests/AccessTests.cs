using System.Net;
using System.Text.Json;
using LegalReview.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests;

/// <summary>Who may see what: login, roles, health, Hangfire dashboard, security headers.</summary>
public sealed class AccessTests(LegalReviewWebFactory factory) : IClassFixture<LegalReviewWebFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/documents")]
    [InlineData("/documents/1")]
    [InlineData("/documents/upload")]
    [InlineData("/documents/1/p/dieu-35")]
    public async Task Get_Anonymous_RedirectsToLogin(string path)
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Login_Anonymous_ShowsVietnameseForm()
    {
        var html = await factory.CreateBrowserlessClient().GetStringAsync("/Account/Login");

        html.ShouldContain("Đăng nhập");
        html.ShouldContain("Mật khẩu");
    }

    [Fact]
    public async Task Login_AdminWithConfiguredPassword_OpensDocumentList()
    {
        var client = factory.CreateBrowserlessClient();

        var login = await WebSession.LoginAsync(client, "admin", LegalReviewWebFactory.AdminPassword);
        var list = await client.GetAsync("/");

        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.Location!.ToString().ShouldBe("/");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await list.Content.ReadAsStringAsync()).ShouldContain("Văn bản quy phạm pháp luật");
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndStaysAnonymous()
    {
        var client = factory.CreateBrowserlessClient();

        var login = await WebSession.LoginAsync(client, "admin", "wrong-password");
        var list = await client.GetAsync("/");

        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await login.Content.ReadAsStringAsync()).ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
        list.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Health_Anonymous_ReportsDatabaseReachable()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        json.RootElement.GetProperty("database").GetString().ShouldBe("reachable");
    }

    [Fact]
    public async Task Hangfire_Anonymous_IsChallengedToLogIn()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/hangfire");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Hangfire_Reviewer_Returns403AndUploadIsDenied()
    {
        await CreateUserAsync("reviewer1", "Reviewer-Passw0rd!", Roles.Reviewer);
        var client = factory.CreateBrowserlessClient();
        (await WebSession.LoginAsync(client, "reviewer1", "Reviewer-Passw0rd!")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var dashboard = await client.GetAsync("/hangfire");
        var upload = await client.GetAsync("/documents/upload");
        var list = await client.GetAsync("/documents");

        dashboard.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        upload.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Hangfire_Admin_ShowsDashboard()
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);

        var response = await client.GetAsync("/hangfire");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("LegalReview — tác vụ nền");
    }

    [Fact]
    public async Task Get_AnyPage_SendsSecurityHeadersWithoutInlineScript()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/Account/Login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<script");
    }

    [Fact]
    public async Task Start_TemporaryDataFolder_HoldsTheSqliteDatabase()
    {
        await factory.CreateBrowserlessClient().GetAsync("/health");

        File.Exists(Path.Combine(factory.DataFolder, "legalreview.db")).ShouldBeTrue();
    }

    private async Task CreateUserAsync(string userName, string password, string role)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new IdentityUser(userName);
        (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
    }
}
