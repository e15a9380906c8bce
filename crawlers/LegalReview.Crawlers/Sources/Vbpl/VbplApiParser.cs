using System.Text.Json;
using LegalReview.Crawlers.Parsing;
using S = LegalReview.Crawlers.Sources.Vbpl.VbplSelectors;

namespace LegalReview.Crawlers.Sources.Vbpl;

/// <summary>Parser of the newer vbpl.vn JSON API answer (<c>/qtdc/public/doc/{uuid}</c>); property names in <see cref="VbplSelectors"/>.</summary>
public static class VbplApiParser
{
    /// <summary>Metadata, relations, text paragraphs (from <c>data.documentContent.content</c>) and attachments.</summary>
    /// <exception cref="PageLayoutException">Not JSON, or no <c>data</c> object with a number or a title.</exception>
    public static (DocumentMetadata Metadata, IReadOnlyList<DocumentRelation> Relations, IReadOnlyList<string> Paragraphs, IReadOnlyList<Uri> Attachments)
        Parse(Uri apiUrl, ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json.ToArray()); }
        catch (JsonException e) { throw new PageLayoutException(VbplCrawler.Id, "api", $"not JSON ({e.Message})"); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(S.ApiData, out var data) || data.ValueKind != JsonValueKind.Object)
                throw new PageLayoutException(VbplCrawler.Id, "api", "no 'data' object");
            var number = Text(data, S.ApiNumber);
            var title = Text(data, S.ApiTitle);
            if (number is null && title is null) throw new PageLayoutException(VbplCrawler.Id, "api", $"'data' has neither '{S.ApiNumber}' nor '{S.ApiTitle}'");

            var metadata = new DocumentMetadata(
                number, Text(data, S.ApiType), Text(data, S.ApiIssuer), Text(data, S.ApiSigner), title,
                VietnameseDates.Parse(Text(data, S.ApiIssued)), VietnameseDates.Parse(Text(data, S.ApiEffective)),
                Text(data, S.ApiStatus));
            var relations = new List<DocumentRelation>();
            if (data.TryGetProperty(S.ApiRelations, out var related) && related.ValueKind == JsonValueKind.Array)
                foreach (var r in related.EnumerateArray())
                    relations.Add(new DocumentRelation(Text(r, S.ApiRelationType) ?? "Văn bản liên quan", Text(r, S.ApiNumber), Text(r, S.ApiTitle)));
            IReadOnlyList<string> paragraphs = [];
            if (data.TryGetProperty(S.ApiContent, out var content) && content.ValueKind == JsonValueKind.Object
                && Text(content, S.ApiContentHtml) is { } html)
                paragraphs = HtmlText.Paragraphs(HtmlText.Load(html).DocumentNode);
            var attachments = new List<Uri>();
            if (data.TryGetProperty(S.ApiAttachments, out var files) && files.ValueKind == JsonValueKind.Array)
                foreach (var f in files.EnumerateArray())
                    if (Text(f, S.ApiUrl) is { } href) attachments.Add(new Uri(apiUrl, href));
            return (metadata, relations, paragraphs, attachments);
        }
    }

    // A value may be a string or an object with a "name" (docType, issuingAgency, effectiveStatus).
    private static string? Text(JsonElement parent, string property)
    {
        if (!parent.TryGetProperty(property, out var value)) return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty(S.ApiName, out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : HtmlText.Clean(text);
    }
}
