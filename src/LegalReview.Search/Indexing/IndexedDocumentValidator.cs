namespace LegalReview.Search;

/// <summary>Rejects documents the index cannot represent, before anything is written.</summary>
internal static class IndexedDocumentValidator
{
    public static void Validate(IndexedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (string.IsNullOrWhiteSpace(doc.VersionStamp))
        {
            throw new ArgumentException($"Document {doc.DocumentId} has no version stamp.", nameof(doc));
        }

        var duplicate = doc.Provisions.GroupBy(p => p.ProvisionId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Document {doc.DocumentId} has provision id '{duplicate.Key}' twice.", nameof(doc));
        }

        if (doc.Provisions.Any(p => string.IsNullOrWhiteSpace(p.ProvisionId)))
        {
            throw new ArgumentException($"Document {doc.DocumentId} has a provision without id.", nameof(doc));
        }
    }
}
