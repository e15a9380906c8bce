using System.Security.Cryptography;
using System.Text;
using LegalReview.Core.Documents;
using LegalReview.Crawlers;
using LegalReview.Data.Importing;
using LegalReview.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Crawling;

/// <summary>
/// Stores crawled documents: skips a known (URL, SHA-256), imports the source's HTML paragraphs or the raw
/// .doc/.docx/.pdf/.txt bytes through <see cref="DocumentImportService"/>, and in the same transaction writes the
/// <see cref="ChangeEvent"/>s (new document, new version, validity change, new relation) and the ingested marker.
/// </summary>
public sealed class CrawlIngestionService(
    LegalReviewDbContext db, DocumentImportService importer, TimeProvider time, ILogger<CrawlIngestionService> logger)
{
    private static readonly Dictionary<string, string> ExtensionByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = ".pdf",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
        ["application/msword"] = ".doc",
        ["text/plain"] = ".txt",
        ["text/html"] = ".html",
    };

    /// <summary>Stores <paramref name="document"/> unless its exact content was ingested before.</summary>
    /// <returns>What was done; bad content gives <see cref="CrawlIngestStatus.Rejected"/>, never an exception.</returns>
    public async Task<CrawlIngestResult> IngestAsync(CrawledDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var url = document.Url.AbsoluteUri;
        var fingerprint = Fingerprint(document);
        var known = await db.CrawledItems.AsNoTracking()
            .AnyAsync(i => i.Url == url && i.Fingerprint == fingerprint, ct).ConfigureAwait(false);
        if (known) return new CrawlIngestResult(CrawlIngestStatus.Skipped, null, null, 0, null);

        var events = 0;
        var metadata = document.Metadata;
        var request = new ImportRequest(
            FileName(document), document.RawBytes, url,
            // Files (.docx/.pdf/.txt) go through the importer's own extractor; pages give their parsed text.
            Paragraphs: document.Paragraphs.Count > 0 && IsPage(document.MediaType) ? document.Paragraphs : null,
            MediaType: document.MediaType,
            FallbackNumber: metadata.Number,
            FallbackIssuer: metadata.Issuer,
            BeforeSave: async (doc, version, status, context, token) =>
                events = await AddEventsAsync(document, fingerprint, doc, version, status, context, token).ConfigureAwait(false));

        var result = await importer.ImportAsync(request, ct).ConfigureAwait(false);
        if (result.IsRejected)
        {
            // Remembered so the same bytes are not parsed again on every run; a changed page has a new hash.
            db.CrawledItems.Add(new CrawledItem
            {
                SourceId = document.SourceId, Url = url, Sha256 = document.Sha256, Fingerprint = fingerprint, IngestedAt = time.GetUtcNow(),
                Outcome = Truncate("Rejected: " + result.RejectedReason, 600),
            });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            logger.LogInformation("Crawled {Url} rejected: {Reason}", url, result.RejectedReason);
            return new CrawlIngestResult(CrawlIngestStatus.Rejected, null, null, 0, result.RejectedReason);
        }

        var outcome = result.Status switch
        {
            ImportStatus.New => CrawlIngestStatus.NewDocument,
            ImportStatus.NewVersion => CrawlIngestStatus.NewVersion,
            _ => CrawlIngestStatus.Unchanged,
        };
        return new CrawlIngestResult(outcome, result.DocumentId, result.VersionNumber, events, null);
    }

    private async Task<int> AddEventsAsync(
        CrawledDocument crawled, string fingerprint, LegalDocument document, DocumentVersion? version, ImportStatus status,
        LegalReviewDbContext context, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var events = new List<ChangeEvent>();
        ChangeEvent Event(ChangeEventKind kind, string summary) => new()
        {
            OccurredAt = now, Kind = kind, Document = document, Version = version, Source = crawled.SourceId,
            Summary = Truncate(summary, 1000),
        };

        // The importer itself writes the NewDocument / NewVersion event; counted here for the run summary.
        var importEvents = status is ImportStatus.New or ImportStatus.NewVersion ? 1 : 0;

        if (ValidityStatusText.Map(crawled.Metadata.ValidityStatusText) is { } validity && validity != document.Validity)
        {
            var before = document.Validity;
            document.Validity = validity;
            document.UpdatedAt = now;
            // A new document has no earlier status to change from; its status is part of the NewDocument event.
            if (status != ImportStatus.New)
            {
                events.Add(Event(ChangeEventKind.ValidityChanged,
                    $"{document.Number}: {ValidityStatusText.Label(before)} → {ValidityStatusText.Label(validity)}"));
                // Validity is a search facet and the as-of filter: the index entry must follow.
                SearchOutbox.Enqueue(context, document.Id, SearchOutboxReason.ValidityChanged, now);
            }
        }

        var knownRelations = document.Id == 0
            ? []
            : await context.ChangeEvents.AsNoTracking()
                .Where(e => e.DocumentId == document.Id && e.Kind == ChangeEventKind.NewRelation)
                .Select(e => e.Summary).ToListAsync(ct).ConfigureAwait(false);
        var seen = new HashSet<string>(knownRelations, StringComparer.Ordinal);
        foreach (var relation in crawled.Relations)
        {
            var summary = Truncate($"{document.Number}: {relation.Type} {relation.TargetNumber ?? relation.TargetTitle}".Trim(), 1000);
            if (seen.Add(summary)) events.Add(Event(ChangeEventKind.NewRelation, summary));
        }

        context.ChangeEvents.AddRange(events);
        await Relations.CrawledRelationWriter.AddAsync(context, document, crawled.Relations, ct).ConfigureAwait(false);
        context.CrawledItems.Add(new CrawledItem
        {
            SourceId = crawled.SourceId, Url = crawled.Url.AbsoluteUri, Sha256 = crawled.Sha256, Fingerprint = fingerprint, IngestedAt = now,
            Document = document, Outcome = status.ToString(),
        });
        return events.Count + importEvents;
    }

    private static string Fingerprint(CrawledDocument document)
    {
        var text = new StringBuilder(document.Sha256).Append('\n').Append(document.Metadata.ValidityStatusText);
        foreach (var r in document.Relations) text.Append('\n').Append(r.Type).Append('|').Append(r.TargetNumber).Append('|').Append(r.TargetTitle);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static bool IsPage(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        return type.Equals("text/html", StringComparison.OrdinalIgnoreCase) || type.Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }

    private static string FileName(CrawledDocument document)
    {
        var name = Path.GetFileName(Uri.UnescapeDataString(document.Url.AbsolutePath));
        if (string.IsNullOrWhiteSpace(name)) name = "document";
        var mediaType = document.MediaType.Split(';')[0].Trim();
        var known = ExtensionByMediaType.Values.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
        return known || !ExtensionByMediaType.TryGetValue(mediaType, out var extension) ? name : name + extension;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
