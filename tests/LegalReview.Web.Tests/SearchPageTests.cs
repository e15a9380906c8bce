using System.Net;
using LegalReview.Data.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests;

/// <summary>/search after the first-start sample import and the index sync job it queues.</summary>
public sealed class SearchPageTests(SampleCorpusWebFactory factory) : IClassFixture<SampleCorpusWebFactory>
{
    [Fact]
    public async Task Search_BhxhBatBuoc_ShowsSocialInsuranceLawHitsLinkedToProvisions()
    {
        await WaitForIndexAsync();
        var client = await AdminClientAsync();

        var html = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("BHXH bắt buộc"));

        html.ShouldContain("58/2014/QH13");
        html.ShouldContain("<mark>");
        html.ShouldMatch(@"href=""/documents/\d+#[a-z0-9\-/]+""");
        html.ShouldContain("href=\"/search\"");
    }

    [Fact]
    public async Task Search_UnbalancedQuote_ShowsFriendlyMessageWith200()
    {
        var client = await AdminClientAsync();

        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString("\"hợp đồng"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("banner-error");
        html.ShouldContain("ngoặc kép");
    }

    [Fact]
    public async Task Suggest_NumberPrefix_ReturnsLabourCodeNumber()
    {
        await WaitForIndexAsync();
        var client = await AdminClientAsync();

        var json = await client.GetStringAsync("/search/suggest?prefix=45%2F2019");

        json.ShouldContain("45/2019/QH14");
    }

    /// <summary>The sync job runs after the import; a generous bound only so a broken job fails instead of hanging.</summary>
    private async Task WaitForIndexAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<SearchIndexing>().VerifyAsync();
            if (report.DocumentCount > 0 && report.IsInSync)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Search index not in sync: {report}");
            }

            await Task.Delay(200);
        }
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        return client;
    }
}
