using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LegalReview.Search.Analysis;
using LegalReview.Search.Lucene;

namespace LegalReview.Search.Elasticsearch;

/// <summary>Builds the _bulk body (NDJSON) for documents and their provision entries.</summary>
internal static class ElasticsearchDocumentMapper
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Bulk(IReadOnlyList<IndexedDocument> docs, ElasticsearchOptions options)
    {
        var body = new StringBuilder();
        foreach (var doc in docs)
        {
            var id = doc.DocumentId.ToString(CultureInfo.InvariantCulture);
            Append(body, options.DocumentsIndex, id, DocumentSource(doc));
            var title = VietnameseText.Normalize(doc.Title);
            Append(body, options.ProvisionsIndex, LuceneDocumentMapper.EntryId(doc.DocumentId, ""), Entry(doc, "", SearchFields.DocumentKind, "", null, title, -1));
            foreach (var p in doc.Provisions)
            {
                var source = Entry(doc, p.ProvisionId, p.Kind.ToString().ToLowerInvariant(), p.Label, p.Heading, VietnameseText.Normalize(p.Text), p.Order);
                Append(body, options.ProvisionsIndex, LuceneDocumentMapper.EntryId(doc.DocumentId, p.ProvisionId), source);
            }
        }

        return body.ToString();
    }

    private static void Append(StringBuilder body, string index, string id, JsonObject source)
    {
        var action = new JsonObject { ["index"] = new JsonObject { ["_index"] = index, ["_id"] = id } };
        body.Append(action.ToJsonString()).Append('\n').Append(source.ToJsonString(Json)).Append('\n');
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject DocumentSource(IndexedDocument doc)
    {
        var source = new JsonObject
        {
            [SearchFields.DocumentId] = doc.DocumentId,
            [SearchFields.VersionStamp] = doc.VersionStamp,
            [SearchFields.Number] = doc.Number,
            [SearchFields.NumberNormalized] = DocumentNumber.Normalize(doc.Number),
            [SearchFields.DocType] = doc.Type,
            [SearchFields.TypeName] = doc.TypeName,
            [SearchFields.Issuer] = doc.Issuer,
            [SearchFields.Title] = VietnameseText.Normalize(doc.Title),
            [SearchFields.Validity] = doc.Validity,
            [SearchFields.Topics] = new JsonArray(doc.Topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => (JsonNode)t.Trim()).ToArray()),
        };
        AddDate(source, SearchFields.IssuedOn, doc.IssuedOn);
        AddDate(source, SearchFields.EffectiveOn, doc.EffectiveOn);
        AddDate(source, SearchFields.ExpiresOn, doc.ExpiresOn);
        if (doc.IssuedOn is { } issued)
        {
            source[SearchFields.Year] = issued.Year;
        }

        return source;
    }

    private static JsonObject Entry(IndexedDocument doc, string provisionId, string kind, string label, string? heading, string text, int order)
    {
        var source = DocumentSource(doc);
        source[SearchFields.EntryId] = LuceneDocumentMapper.EntryId(doc.DocumentId, provisionId);
        source[SearchFields.ProvisionId] = provisionId;
        source[SearchFields.Kind] = kind;
        source[SearchFields.Label] = label;
        if (heading is not null)
        {
            source[SearchFields.Heading] = VietnameseText.Normalize(heading);
        }

        source[SearchFields.Text] = text;
        source[SearchFields.Order] = order;
        return source;
    }

    private static void AddDate(JsonObject source, string field, DateOnly? date)
    {
        if (date is { } value)
        {
            source[field] = Date(value);
        }
    }
}
