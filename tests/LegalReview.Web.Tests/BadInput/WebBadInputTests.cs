using System.Net;

namespace LegalReview.Web.Tests.BadInput;

/// <summary>
/// Each bad request gets the expected status and a clear message, never a 500, and leaves the data unchanged
/// (documents, versions, provisions, change events and users are counted before and after).
/// </summary>
public sealed class WebBadInputTests(BadInputFactory factory) : IClassFixture<BadInputFactory>
{
    public static TheoryData<string> Cases => new(WebBadInputCases.All.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Request_BadInput_ClearMessageAndUnchangedData(string id)
    {
        var badCase = WebBadInputCases.All.Single(c => c.Id == id);
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        var before = await factory.CountsAsync();

        using var response = await badCase.Send(client, factory.LabourCodeId);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(badCase.Status, body.Length > 600 ? body[..600] : body);
        body.ShouldContain(badCase.Message, Case.Sensitive, id);
        (await factory.CountsAsync()).ShouldBe(before);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            // Redirects stay inside the app: no open redirect to another site.
            response.Headers.Location!.IsAbsoluteUri.ShouldBeFalse(response.Headers.Location.ToString());
        }
    }

    [Fact]
    public void Catalog_Ids_AreUniqueAndListedInDocs()
    {
        var ids = WebBadInputCases.All.Select(c => c.Id).ToList();
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "bad-input.md"));

        ids.Distinct().Count().ShouldBe(ids.Count);
        ids.Where(i => !doc.Contains('`' + i + '`', StringComparison.Ordinal)).ShouldBeEmpty();
    }
}
