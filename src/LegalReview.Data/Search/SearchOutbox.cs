namespace LegalReview.Data.Search;

/// <summary>Writes <see cref="SearchOutboxEntry"/> rows; callers add them inside their own transaction.</summary>
public static class SearchOutbox
{
    /// <summary>
    /// Adds (does not save) an entry per distinct id in <paramref name="documentIds"/>. Call inside the transaction
    /// that changed the documents, after their ids are known (after the first <c>SaveChanges</c> of a new document).
    /// </summary>
    public static void Enqueue(LegalReviewDbContext db, IEnumerable<long> documentIds, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(documentIds);
        foreach (var id in documentIds.Where(id => id > 0).Distinct())
        {
            db.SearchOutbox.Add(new SearchOutboxEntry { DocumentId = id, Reason = reason, EnqueuedAt = now });
        }
    }

    /// <summary>Adds (does not save) one entry for <paramref name="documentId"/>.</summary>
    public static void Enqueue(LegalReviewDbContext db, long documentId, string reason, DateTimeOffset now) =>
        Enqueue(db, [documentId], reason, now);
}
