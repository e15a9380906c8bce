using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LegalReview.Crawlers.Tests.Examples;

/// <summary>The comparable JSON view of a parse result, as stored in examples/*.expected.json.</summary>
public static class ExampleProjection
{
    public static readonly DateTimeOffset ParsedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static JsonObject Of(ParsedPage page) => new()
    {
        ["pageKind"] = page.PageKind,
        ["document"] = page.Document is null ? null : Of(page.Document),
        ["linkCount"] = page.Links.Count,
        ["links"] = new JsonArray(page.Links.Take(10).Select(l => (JsonNode)new JsonObject
        {
            ["url"] = l.Url.AbsoluteUri,
            ["kind"] = l.Kind,
            ["text"] = l.Text,
            ["number"] = l.Metadata?.Number,
            ["typeName"] = l.Metadata?.TypeName,
            ["issuer"] = l.Metadata?.Issuer,
            ["title"] = l.Metadata?.Title,
            ["issuedOn"] = Date(l.Metadata?.IssuedOn),
            ["validityStatusText"] = l.Metadata?.ValidityStatusText,
        }).ToArray()),
    };

    public static JsonObject Error(string message) => new() { ["error"] = message };

    private static JsonObject Of(CrawledDocument d) => new()
    {
        ["url"] = d.Url.AbsoluteUri,
        ["mediaType"] = d.MediaType,
        ["number"] = d.Metadata.Number,
        ["typeName"] = d.Metadata.TypeName,
        ["issuer"] = d.Metadata.Issuer,
        ["signer"] = d.Metadata.Signer,
        ["title"] = d.Metadata.Title,
        ["issuedOn"] = Date(d.Metadata.IssuedOn),
        ["effectiveOn"] = Date(d.Metadata.EffectiveOn),
        ["validityStatusText"] = d.Metadata.ValidityStatusText,
        ["fields"] = new JsonObject((d.Metadata.Fields ?? new Dictionary<string, string>()).OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value))),
        ["relations"] = new JsonArray(d.Relations.Select(r => (JsonNode)new JsonObject
        {
            ["type"] = r.Type, ["targetNumber"] = r.TargetNumber, ["targetTitle"] = r.TargetTitle, ["targetUrl"] = r.TargetUrl?.AbsoluteUri,
        }).ToArray()),
        ["paragraphCount"] = d.Paragraphs.Count,
        ["firstParagraphs"] = new JsonArray(d.Paragraphs.Take(6).Select(p => (JsonNode)p).ToArray()),
        ["lastParagraph"] = d.Paragraphs.Count > 0 ? d.Paragraphs[^1] : null,
        ["attachmentUrls"] = new JsonArray(d.AttachmentUrls.Select(u => (JsonNode)u.AbsoluteUri).ToArray()),
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Serialize(JsonNode node) => node.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }) + "\n";
}
