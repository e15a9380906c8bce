using System.Net;
using Hangfire;
using Hangfire.Storage;
using LegalReview.Data;
using LegalReview.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests;

/// <summary>The Sources page: who may see and act, "Chạy ngay" on the file-drop source, persisted cron.</summary>
public sealed class SourcesPageTests(LegalReviewWebFactory factory) : IClassFixture<LegalReviewWebFactory>
{
    [Fact]
    public async Task Get_Reviewer_IsDenied()
    {
        var client = await LoginAsync("reviewer-src", Roles.Reviewer);

        var response = await client.GetAsync("/sources");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Get_Lead_SeesSourcesButCannotRunNow()
    {
        var client = await LoginAsync("lead-src", Roles.Lead);

        var html = await client.GetStringAsync("/sources");
        var token = await WebSession.AntiforgeryTokenAsync(client, "/sources");
        var post = await client.PostAsync("/sources?handler=RunNow", Form(token, ("id", "localfolder")));

        html.ShouldContain("Nguồn thu thập văn bản");
        html.ShouldContain("Thư mục nhận tệp (inbox)");
        html.ShouldContain("*/15 * * * *");
        html.ShouldNotContain("Chạy ngay");
        html.ShouldNotContain("/hangfire");
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        post.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task RunNow_AdminOnFileDropWithSampleLaw_StoresItAndShowsTheRun()
    {
        var inbox = Path.Combine(factory.DataFolder, "inbox");
        Directory.CreateDirectory(inbox);
        File.Copy(Path.Combine(RepoPaths.Samples, "laws", "luat-cong-doan-2012_12-2012-QH13.txt"), Path.Combine(inbox, "luat-cong-doan.txt"), overwrite: true);
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        var token = await WebSession.AntiforgeryTokenAsync(client, "/sources");

        var withoutToken = await client.PostAsync("/sources?handler=RunNow", Form(null, ("id", "localfolder")));
        var post = await client.PostAsync("/sources?handler=RunNow", Form(token, ("id", "localfolder")));

        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await WaitForFinishedRunAsync("localfolder");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
        var run = await db.CrawlRuns.SingleAsync(r => r.SourceId == "localfolder");
        run.Trigger.ShouldBe("manual");
        run.New.ShouldBe(1);
        run.Stored.ShouldBe(1);
        (await db.Documents.SingleAsync()).Number.ShouldBe("12/2012/QH13");
        var html = await client.GetStringAsync("/sources");
        html.ShouldContain("Chạy ngay");
        html.ShouldContain("/hangfire");
        html.ShouldContain("bình thường");
    }

    [Fact]
    public async Task SaveCron_Admin_ValidIsPersistedAndScheduledInvalidIsRefused()
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        var token = await WebSession.AntiforgeryTokenAsync(client, "/sources");

        var bad = await client.PostAsync("/sources?handler=Cron", Form(token, ("id", "localfolder"), ("cron", "every minute please")));
        var badPage = await client.GetStringAsync("/sources");
        var good = await client.PostAsync("/sources?handler=Cron", Form(token, ("id", "localfolder"), ("cron", "*/5 * * * *")));

        bad.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        badPage.ShouldContain("Biểu thức cron không hợp lệ");
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
        (await db.CrawlSchedules.SingleAsync(s => s.SourceId == "localfolder")).Cron.ShouldBe("*/5 * * * *");
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs();
        jobs.Single(j => j.Id == "crawl:localfolder").Cron.ShouldBe("*/5 * * * *");
        jobs.ShouldNotContain(j => j.Id == "crawl:vbpl-tw");
    }

    private async Task WaitForFinishedRunAsync(string sourceId)
    {
        // The job runs on a Hangfire worker; wait for its outcome (generous bound, not a speed assertion).
        for (var i = 0; i < 600; i++)
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            if (await db.CrawlRuns.AnyAsync(r => r.SourceId == sourceId && r.FinishedAt != null)) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No finished crawl run of {sourceId}.");
    }

    private async Task<HttpClient> LoginAsync(string userName, string role)
    {
        const string password = "Source-Passw0rd!";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new IdentityUser(userName);
                (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
                (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
            }
        }
        var client = factory.CreateBrowserlessClient();
        (await WebSession.LoginAsync(client, userName, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static FormUrlEncodedContent Form(string? token, params (string Key, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Key, f => f.Value);
        if (token is not null) values["__RequestVerificationToken"] = token;
        return new FormUrlEncodedContent(values);
    }
}
