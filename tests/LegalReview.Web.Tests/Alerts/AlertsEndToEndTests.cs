using System.Net;
using System.Xml.Linq;
using LegalReview.Data;
using LegalReview.Data.Alerts;
using LegalReview.Data.Importing;
using LegalReview.Web.Alerts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.Alerts;

/// <summary>
/// Acceptance of issue #8: a reviewer watches Luật BHYT 25/2008/QH12 and saves the search "bảo hiểm y tế học sinh";
/// importing the amending law 46/2014/QH13 gives one inbox notification per watch with the changed provisions, Atom
/// entries, and one e-mail per watch received by a real SMTP server (aiosmtpd); running the job again sends nothing.
/// </summary>
public sealed class AlertsEndToEndTests
{
    private const string BhytBase = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt";
    private const string BhytAmending = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/amending.txt";
    private const string SearchText = "bảo hiểm y tế học sinh";

    [Fact]
    public async Task ImportAmendingLaw_WatchedLawAndSavedSearch_InboxAtomAndOneMailPerWatchOnce()
    {
        using var smtp = await SmtpTestServer.StartAsync();
        await using var factory = new AlertsWebFactory(smtp.Port);
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        var userId = await GiveAdminAnAddressAsync(factory);
        var baseId = (await ImportAsync(factory, BhytBase)).DocumentId!.Value;
        await RunJobAsync(factory); // the base law's own import predates the watches: nothing to report

        var token = await WebSession.AntiforgeryTokenAsync(client, $"/documents/{baseId}");
        (await PostAsync(client, "/watches?handler=create", token, ("kind", "Document"), ("documentId", baseId.ToString()), ("returnUrl", $"/documents/{baseId}")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(client, "/watches?handler=create", token, ("kind", "SavedSearch"), ("query", SearchText), ("returnUrl", "/search")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ImportAsync(factory, BhytAmending);
        await RunJobAsync(factory);

        // Inbox: one notification per watch, with the reason and the changed provisions.
        var inbox = await client.GetStringAsync("/inbox");
        inbox.ShouldContain("Luật 25/2008/QH12 được sửa đổi, bổ sung bởi Luật 46/2014/QH13");
        inbox.ShouldContain("Bạn theo dõi văn bản Luật 25/2008/QH12.");
        inbox.ShouldContain("Khớp tìm kiếm đã lưu «" + SearchText + "»");
        inbox.ShouldContain("<ins>");
        inbox.ShouldContain("<span class=\"alerts-badge\" title=\"Chưa đọc\">2</span>");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            var watches = await db.AlertWatches.ToListAsync();
            watches.Count.ShouldBe(2);
            foreach (var w in watches) (await db.AlertNotifications.CountAsync(n => n.WatchId == w.Id)).ShouldBe(1);
        }

        // Atom: the personal feed has both, the saved search's own feed its one entry.
        var anonymous = factory.CreateBrowserlessClient();
        var (userFeed, searchFeed) = await FeedPathsAsync(factory, userId);
        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        var personal = XDocument.Parse(await anonymous.GetStringAsync(userFeed));
        personal.Root!.Elements(atom + "entry").Count().ShouldBe(2);
        var search = XDocument.Parse(await anonymous.GetStringAsync(searchFeed));
        var entry = search.Root!.Elements(atom + "entry").ShouldHaveSingleItem();
        entry.Element(atom + "summary")!.Value.ShouldContain(SearchText);
        entry.Element(atom + "content")!.Value.ShouldContain("<ins>");
        (await anonymous.GetAsync("/alerts/feed/not-a-token")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // E-mail: one per watch, received by the SMTP server process.
        var mails = smtp.Messages();
        mails.Count.ShouldBe(2, await DeliveriesAsync(factory));
        mails.ShouldAllBe(m => m.To.Mailboxes.Single().Address == "admin@lr.test");
        mails.ShouldContain(m => (m.Subject ?? "").Contains("46/2014/QH13") && (m.HtmlBody ?? "").Contains("<ins>"));
        mails.ShouldContain(m => (m.HtmlBody ?? "").Contains("Khớp tìm kiếm đã lưu «" + SearchText + "»"));
        mails.ShouldAllBe(m => (m.Headers["List-Unsubscribe"] ?? "").StartsWith("<" + AlertsWebFactory.BaseUrl + "/watches/unsubscribe?t="));

        // Re-running the job sends nothing new and creates nothing new.
        await RunJobAsync(factory);
        smtp.Messages().Count.ShouldBe(2);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            (await db.AlertNotifications.CountAsync()).ShouldBe(2);
            (await db.AlertDeliveries.CountAsync(d => d.SentAt != null)).ShouldBe(2);
        }

        // The unsubscribe link works without signing in and stops mail for that watch only.
        var link = mails[0].Headers["List-Unsubscribe"]!.Trim('<', '>')[AlertsWebFactory.BaseUrl.Length..];
        var confirm = await anonymous.GetStringAsync(link);
        confirm.ShouldContain("Hủy nhận thư");
        var unsubscribeToken = await WebSession.AntiforgeryTokenAsync(anonymous, link);
        var t = Uri.UnescapeDataString(link[(link.IndexOf("?t=", StringComparison.Ordinal) + 3)..]);
        var unsubscribed = await PostAsync(anonymous, "/watches/unsubscribe", unsubscribeToken, ("t", t));
        (await unsubscribed.Content.ReadAsStringAsync()).ShouldContain("Đã hủy nhận thư");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
            (await db.AlertWatches.CountAsync(w => w.Frequency == AlertFrequency.NoEmail)).ShouldBe(1);
        }
        (await anonymous.GetStringAsync("/watches/unsubscribe?t=forged")).ShouldContain("không hợp lệ");
    }

    [Fact]
    public async Task DocumentPage_SignedIn_ShowsWatchButtonsAndInboxLink()
    {
        await using var factory = new AlertsWebFactory(25);
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        var id = (await ImportAsync(factory, BhytBase)).DocumentId!.Value;

        var html = await client.GetStringAsync($"/documents/{id}");

        html.ShouldContain("Theo dõi văn bản");
        html.ShouldContain("Theo dõi văn bản hướng dẫn, căn cứ");
        html.ShouldContain("name=\"provisionId\" value=\"chuong-2/dieu-12\"");
        html.ShouldContain("href=\"/inbox\"");
        var search = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString(SearchText));
        search.ShouldContain("Lưu tìm kiếm và theo dõi");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string token, params (string Key, string Value)[] fields) =>
        await client.PostAsync(path, new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token))));

    private static async Task<ImportResult> ImportAsync(AlertsWebFactory factory, string relative)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DocumentImportService>();
        var path = Path.Combine(RepoPaths.Samples, relative);
        var result = await importer.ImportAsync(Path.GetFileName(path), await File.ReadAllBytesAsync(path), "samples/" + relative, CancellationToken.None);
        result.DocumentId.ShouldNotBeNull();
        return result;
    }

    private static async Task RunJobAsync(AlertsWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlertJobs>().MatchAsync(CancellationToken.None);
    }

    private static async Task<string> DeliveriesAsync(AlertsWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
        var rows = await db.AlertDeliveries.AsNoTracking().ToListAsync();
        return "deliveries: " + string.Join(", ", rows.Select(d => $"{d.NotificationId}/{d.Channel}/sent={d.SentAt is not null}"));
    }

    private static async Task<string> GiveAdminAnAddressAsync(AlertsWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var admin = await users.FindByNameAsync("admin") ?? throw new InvalidOperationException("no admin");
        (await users.SetEmailAsync(admin, "admin@lr.test")).Succeeded.ShouldBeTrue();
        return admin.Id;
    }

    private static async Task<(string User, string Search)> FeedPathsAsync(AlertsWebFactory factory, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var links = scope.ServiceProvider.GetRequiredService<AlertLinks>();
        var inbox = scope.ServiceProvider.GetRequiredService<AlertInbox>();
        var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
        var watch = await db.AlertWatches.SingleAsync(w => w.Kind == WatchKind.SavedSearch);
        var user = links.UserFeed(await inbox.FeedTokenAsync(userId, CancellationToken.None));
        return (user[AlertsWebFactory.BaseUrl.Length..], links.SearchFeed(watch.FeedToken)[AlertsWebFactory.BaseUrl.Length..]);
    }
}
