using System.Globalization;
using LegalReview.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace LegalReview.Search.Lucene;

/// <summary>
/// Maps an <see cref="IndexedDocument"/> to Lucene entries: one document-level entry plus one per provision, each
/// carrying the document's metadata so filters and facets work on provision hits. Field names come from
/// <see cref="SearchFields"/> (= index-mappings/legal-provisions.json).
/// </summary>
public static class LuceneDocumentMapper
{
    // Unknown effective date counts as "always effective", unknown expiry as "never expires".
    private const int NoEffectiveDate = 0;
    private const int NoExpiry = int.MaxValue;

    public static int DateKey(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static DateOnly? FromDateKey(int key) => key is NoEffectiveDate or NoExpiry
        ? null
        : new DateOnly(key / 10000, key / 100 % 100, key % 100);

    public static string EntryId(long documentId, string provisionId) =>
        documentId.ToString(CultureInfo.InvariantCulture) + "#" + (provisionId.Length == 0 ? SearchFields.DocumentKind : provisionId);

    public static IEnumerable<LuceneDocument> Map(IndexedDocument doc)
    {
        var title = VietnameseText.Normalize(doc.Title);
        yield return Entry(doc, title, "", SearchFields.DocumentKind, "", null, title, -1);
        foreach (var p in doc.Provisions)
        {
            yield return Entry(
                doc,
                title,
                p.ProvisionId,
                p.Kind.ToString().ToLowerInvariant(),
                p.Label,
                p.Heading is null ? null : VietnameseText.Normalize(p.Heading),
                VietnameseText.Normalize(p.Text),
                p.Order);
        }
    }

    private static LuceneDocument Entry(
        IndexedDocument doc, string title, string provisionId, string kind, string label, string? heading, string text, int order)
    {
        var entry = new LuceneDocument
        {
            new StringField(SearchFields.EntryId, EntryId(doc.DocumentId, provisionId), Field.Store.YES),
            new StringField(SearchFields.DocumentId, doc.DocumentId.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(SearchFields.VersionStamp, doc.VersionStamp, Field.Store.YES),
            new StringField(SearchFields.Number, doc.Number, Field.Store.YES),
            new StringField(SearchFields.NumberNormalized, DocumentNumber.Normalize(doc.Number), Field.Store.NO),
            new StringField(SearchFields.TypeName, doc.TypeName, Field.Store.YES),
            new TextField(SearchFields.Title, title, Field.Store.YES),
            new TextField(SearchFields.TitleFolded, title, Field.Store.NO),
            new Int32Field(SearchFields.EffectiveOn, doc.EffectiveOn is { } effective ? DateKey(effective) : NoEffectiveDate, Field.Store.YES),
            new Int32Field(SearchFields.ExpiresOn, doc.ExpiresOn is { } expires ? DateKey(expires) : NoExpiry, Field.Store.YES),
            new StringField(SearchFields.ProvisionId, provisionId, Field.Store.YES),
            new StringField(SearchFields.Kind, kind, Field.Store.YES),
            new StringField(SearchFields.Label, label, Field.Store.YES),
            new TextField(SearchFields.Text, text, Field.Store.YES),
            new TextField(SearchFields.TextFolded, text, Field.Store.NO),
            new Int32Field(SearchFields.Order, order, Field.Store.YES),
        };

        AddFacet(entry, SearchFields.DocType, doc.Type);
        AddFacet(entry, SearchFields.Issuer, doc.Issuer);
        AddFacet(entry, SearchFields.Validity, doc.Validity);
        if (doc.IssuedOn is { } issued)
        {
            entry.Add(new Int32Field(SearchFields.IssuedOn, DateKey(issued), Field.Store.YES));
            entry.Add(new NumericDocValuesField(SearchFields.IssuedOn, DateKey(issued)));
            entry.Add(new Int32Field(SearchFields.Year, issued.Year, Field.Store.YES));
            entry.Add(new NumericDocValuesField(SearchFields.Year, issued.Year));
        }

        foreach (var topic in doc.Topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct())
        {
            entry.Add(new StringField(SearchFields.Topics, topic, Field.Store.YES));
            entry.Add(new SortedSetDocValuesField(SearchFields.Topics, new BytesRef(topic)));
        }

        if (heading is not null)
        {
            entry.Add(new TextField(SearchFields.Heading, heading, Field.Store.YES));
            entry.Add(new TextField(SearchFields.HeadingFolded, heading, Field.Store.NO));
            entry.Add(new TextField(SearchFields.AllFolded, heading, Field.Store.NO));
            entry.Add(new TextField(SearchFields.AllPairs, heading, Field.Store.NO));
        }

        entry.Add(new TextField(SearchFields.AllFolded, text, Field.Store.NO));
        entry.Add(new TextField(SearchFields.AllPairs, text, Field.Store.NO));

        return entry;
    }

    private static void AddFacet(LuceneDocument entry, string field, string value)
    {
        entry.Add(new StringField(field, value, Field.Store.YES));
        entry.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
