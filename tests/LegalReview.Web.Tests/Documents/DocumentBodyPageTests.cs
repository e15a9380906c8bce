using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LegalReview.Data;
using LegalReview.Web.Documents;
using LegalReview.Web.Tests.Findings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.Documents;

/// <summary>
/// The document page with its body from <see cref="DocumentBodyCache"/>: what a cache hit serves equals a fresh
/// render, and per-user annotations are spliced in per request, never into the shared bytes.
/// </summary>
public sealed partial class DocumentBodyPageTests(FindingsWebFactory factory) : IClassFixture<FindingsWebFactory>
{
    private const string Clause = "chuong-3/dieu-35/khoan-1";

    [Fact]
    public async Task LabourCode_SecondRequestFromCache_EqualsFirstAndAFreshRender()
    {
        // The reviewer: the admin's private annotation of the other test must not show here (nor anything else per-user).
        var client = factory.CreateBrowserlessClient();
        (await WebSession.LoginAsync(client, FindingsWebFactory.ReviewerName, FindingsWebFactory.ReviewerPassword))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = factory.DocumentIds["45/2019/QH14"];

        var first = await client.GetStringAsync($"/documents/{id}");
        var second = await client.GetStringAsync($"/documents/{id}");

        WithoutTokens(second).ShouldBe(WithoutTokens(first));
        second.ShouldContain($"id=\"{Clause}\"");
        second.ShouldNotContain("legalreview:");
        await using var scope = factory.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<DocumentQueries>();
        var details = (await queries.GetAsync(id, null, CancellationToken.None))!;
        var fresh = scope.ServiceProvider.GetRequiredService<DocumentBodyRenderer>()
            .Render(id, await queries.ProvisionsAsync(details.VersionId, CancellationToken.None), "", details.Notes);
        factory.Services.GetRequiredService<DocumentBodyCache>().TryGet(DocumentBodyKey.For(details), out var cached).ShouldBeTrue();
        cached.Provisions.ToArray().ShouldBe(fresh.Provisions.ToArray());
        cached.TableOfContents.ToArray().ShouldBe(fresh.TableOfContents.ToArray());
        second.ShouldContain(Encoding.UTF8.GetString(fresh.Provisions.Span));
    }

    [Fact]
    public async Task PrivateAnnotation_BodyRenderedOnItsOwnersRequest_NeitherTheBodyNorAnotherUserGetsIt()
    {
        // A document no other test of this class opens: the owner's request is the cache miss that renders the body,
        // the reviewer's is a hit, so both paths are checked.
        var id = factory.DocumentIds["84/2015/QH13"];
        var admin = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(admin);
        var reviewer = factory.CreateBrowserlessClient();
        (await WebSession.LoginAsync(reviewer, FindingsWebFactory.ReviewerName, FindingsWebFactory.ReviewerPassword))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cache = factory.Services.GetRequiredService<DocumentBodyCache>();
        DocumentBodyKey key;
        Core.Documents.Provision clause;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<DocumentQueries>();
            var details = (await queries.GetAsync(id, null, CancellationToken.None))!;
            key = DocumentBodyKey.For(details);
            clause = (await queries.ProvisionsAsync(details.VersionId, CancellationToken.None))
                .First(p => p.Kind == Core.Documents.ProvisionKind.Clause && p.Text.Length > 40);
        }

        cache.TryGet(key, out _).ShouldBeFalse();
        var comment = "Ghi chú riêng " + Guid.NewGuid().ToString("N");
        var created = await admin.PostAsync("/annotations?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            // The token is per user, not per page: taken from a page that does not touch this document's body.
            ["__RequestVerificationToken"] = await WebSession.AntiforgeryTokenAsync(admin, $"/documents/{factory.DocumentIds["45/2019/QH14"]}"),
            ["DocumentId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VersionId"] = clause.VersionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["StableId"] = clause.StableId,
            ["Quote"] = clause.Text[..30],
            ["Comment"] = comment,
            ["Visibility"] = "Private",
        }));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var owners = await admin.GetStringAsync($"/documents/{id}");
        cache.TryGet(key, out var cached).ShouldBeTrue();
        var others = await reviewer.GetStringAsync($"/documents/{id}");
        var ownersAgain = await admin.GetStringAsync($"/documents/{id}");

        UnitMarkup(owners, clause.StableId).ShouldContain(comment);
        UnitMarkup(ownersAgain, clause.StableId).ShouldContain(comment);
        others.ShouldNotContain(comment);
        UnitMarkup(others, clause.StableId).ShouldNotContain("ann-item");
        Encoding.UTF8.GetString(cached.Provisions.Span).ShouldNotContain(comment);
        Encoding.UTF8.GetString(cached.Provisions.Span).ShouldNotContain("ann-item");
    }

    [Fact]
    public async Task ArticleWatchButton_PostedWithThePagesWatchForm_CreatesTheWatchAndReturnsToTheArticle()
    {
        const string Article = "chuong-3/dieu-35";
        var id = factory.DocumentIds["45/2019/QH14"];
        var client = factory.CreateBrowserlessClient();
        (await WebSession.LoginAsync(client, FindingsWebFactory.ReviewerName, FindingsWebFactory.ReviewerPassword))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetStringAsync($"/documents/{id}");

        // What a browser posts for <button form="watch-provision" formaction=… name="provisionId" value=…>: the fields of
        // the page's one watch form (its antiforgery token included) plus the button's pair, to the button's address.
        var form = WatchForm().Match(page);
        form.Success.ShouldBeTrue();
        var fields = HiddenField().Matches(form.Value).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields.Keys.ShouldBe(["kind", "documentId", "__RequestVerificationToken"], ignoreOrder: true);
        var button = ArticleWatchButton().Matches(page).Single(m => m.Groups[1].Value == Article);
        fields["provisionId"] = Article;
        var response = await client.PostAsync(WebUtility.HtmlDecode(button.Groups[2].Value), new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/documents/{id}#{Article}");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>();
        (await db.AlertWatches.CountAsync(w => w.DocumentId == id && w.ProvisionId == Article)).ShouldBe(1);
        var withoutToken = fields.Where(f => f.Key != "__RequestVerificationToken").ToDictionary();
        (await client.PostAsync(WebUtility.HtmlDecode(button.Groups[2].Value), new FormUrlEncodedContent(withoutToken)))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static string UnitMarkup(string html, string stableId)
    {
        var start = html.IndexOf($"<div id=\"{stableId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        return html[start..html.IndexOf("<div id=", start + 10, StringComparison.Ordinal)];
    }

    private static string WithoutTokens(string html) => TokenValue().Replace(html, "value=\"TOKEN\"");

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" type=\"hidden\" )value=\"[^\"]+\"")]
    private static partial Regex TokenValue();

    [GeneratedRegex("<form id=\"watch-provision\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex WatchForm();

    [GeneratedRegex("<input [^>]*?name=\"([^\"]+)\"[^>]*? value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex("<button type=\"submit\" form=\"watch-provision\" name=\"provisionId\" value=\"([^\"]+)\" formaction=\"([^\"]+)\"")]
    private static partial Regex ArticleWatchButton();
}
