using System.Security.Cryptography;
using System.Text;
using LegalReview.Core.Documents;
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;
using LegalReview.Data.Consolidation;
using LegalReview.Data.Crawling;
using LegalReview.Data.Relations;
using LegalReview.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Importing;

/// <summary>
/// Imports one file: extract → parse → find the document by (issuer, normalized number) → add a version unless the
/// same text is already stored. Everything is written in one transaction, so a failure leaves nothing behind.
/// </summary>
public sealed class DocumentImportService(
    LegalReviewDbContext db, TimeProvider time, ILogger<DocumentImportService> logger)
{
    /// <summary>Largest file accepted (50 MB); larger files are rejected before reading.</summary>
    public const long MaxFileBytes = LegalReview.Core.Importing.DocumentExtractionOptions.DefaultMaxBytes;

    /// <summary>Imports <paramref name="bytes"/> named <paramref name="fileName"/>, retrieved from <paramref name="source"/>.</summary>
    /// <returns>The outcome; bad input gives <see cref="ImportStatus.Rejected"/> with a one-line reason, never an exception.</returns>
    public Task<ImportResult> ImportAsync(string fileName, byte[] bytes, string source, CancellationToken ct) =>
        ImportAsync(new ImportRequest(fileName, bytes, source), ct);

    /// <summary>Imports as <paramref name="request"/> says (pre-extracted text, metadata fallbacks, a transaction hook).</summary>
    /// <returns>The outcome; bad input gives <see cref="ImportStatus.Rejected"/> with a one-line reason, never an exception.</returns>
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Bytes);
        var fileName = request.FileName;
        var parsed = Parse(request, out var mediaType, out var rejection);
        if (parsed is null)
        {
            logger.LogInformation("Rejected {FileName}: {Reason}", fileName, rejection);
            return ImportResult.Rejected(rejection!);
        }

        try
        {
            return await StoreAsync(request, mediaType, parsed, ct);
        }
        finally
        {
            // The context is reused for a whole batch (sample corpus); tracked provisions would only pile up.
            db.ChangeTracker.Clear();
        }
    }

    private ParsedDocument? Parse(ImportRequest request, out string mediaType, out string? rejection)
    {
        var (fileName, bytes) = (request.FileName, request.Bytes);
        mediaType = "";
        rejection = null;
        if (bytes.LongLength > MaxFileBytes)
        {
            rejection = $"Tệp quá lớn ({bytes.LongLength / (1024 * 1024)} MB); giới hạn là 50 MB.";
            return null;
        }

        try
        {
            IReadOnlyList<string> paragraphs;
            if (request.Paragraphs is { Count: > 0 } given)
            {
                paragraphs = given;
                mediaType = request.MediaType ?? "text/html";
            }
            else
            {
                var extracted = DocumentTextExtractor.Extract(fileName, bytes);
                mediaType = extracted.MediaType;
                paragraphs = extracted.Paragraphs;
            }

            var parsed = StructureParser.Parse(paragraphs);
            if (string.IsNullOrWhiteSpace(parsed.Number) && !string.IsNullOrWhiteSpace(request.FallbackNumber))
                parsed = parsed with { Number = request.FallbackNumber };
            if (string.IsNullOrWhiteSpace(parsed.Issuer) && !string.IsNullOrWhiteSpace(request.FallbackIssuer))
                parsed = parsed with { Issuer = request.FallbackIssuer };
            if (string.IsNullOrWhiteSpace(parsed.Number) || string.IsNullOrWhiteSpace(parsed.Issuer))
            {
                rejection = "Không xác định được số, ký hiệu hoặc cơ quan ban hành của văn bản.";
                return null;
            }

            return parsed;
        }
        catch (DocumentRejectedException ex)
        {
            rejection = ex.Message;
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser defect must not abort a batch import; the file is reported, the error logged for a fix.
            logger.LogError(ex, "Parsing {FileName} failed unexpectedly", fileName);
            rejection = $"Không phân tích được tệp: {ex.Message}";
            return null;
        }
    }

    private async Task<ImportResult> StoreAsync(ImportRequest request, string mediaType, ParsedDocument parsed, CancellationToken ct)
    {
        var (fileName, bytes, source) = (request.FileName, request.Bytes, request.Source);
        var now = time.GetUtcNow();
        var issuer = parsed.Issuer.Trim();
        var normalizedNumber = DocumentNumber.Normalize(parsed.Number);
        var textSha = Sha256Hex(Encoding.UTF8.GetBytes(parsed.Text));

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var document = await db.Documents
            .Include(d => d.Bases)
            .SingleOrDefaultAsync(d => d.Issuer == issuer && d.NormalizedNumber == normalizedNumber, ct);

        var status = ImportStatus.NewVersion;
        var nextVersion = 1;
        if (document is null)
        {
            status = ImportStatus.New;
            document = new LegalDocument { Issuer = issuer, NormalizedNumber = normalizedNumber, CreatedAt = now };
            db.Documents.Add(document);
        }
        else
        {
            var known = await db.DocumentVersions
                .Where(v => v.DocumentId == document.Id)
                .Select(v => new { v.VersionNumber, v.TextSha256 })
                .ToListAsync(ct);
            var same = known.FirstOrDefault(v => v.TextSha256 == textSha);
            if (same is not null)
            {
                if (request.BeforeSave is { } hook)
                {
                    await hook(document, null, ImportStatus.Unchanged, db, ct);
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                }

                return new ImportResult(
                    ImportStatus.Unchanged, document.Id, same.VersionNumber, document.Number, document.Title, null);
            }

            nextVersion = known.Count == 0 ? 1 : known.Max(v => v.VersionNumber) + 1;
        }

        ApplyMetadata(document, parsed, now);
        var version = new DocumentVersion
        {
            VersionNumber = nextVersion,
            Source = source,
            RetrievedAt = now,
            Sha256 = Sha256Hex(bytes),
            TextSha256 = textSha,
            FileName = Path.GetFileName(fileName),
            MediaType = mediaType,
            RawBytes = bytes,
            Text = parsed.Text,
            Provisions = ProvisionFlattener.Flatten(parsed.Provisions),
        };
        document.Versions.Add(version);
        // Every import path (upload, CLI, sample corpus, crawler) announces the change in the same transaction, so
        // review triggers and alerts see every new text exactly once and never one that was rolled back.
        db.ChangeEvents.Add(new ChangeEvent
        {
            OccurredAt = now,
            Kind = status == ImportStatus.New ? ChangeEventKind.NewDocument : ChangeEventKind.NewVersion,
            Document = document,
            Version = version,
            Source = Truncate(source, 2048),
            Summary = Truncate(status == ImportStatus.New
                ? $"Văn bản mới: {document.Number} – {document.Title}"
                : $"Phiên bản {nextVersion} của {document.Number} từ {source}", 1000),
        });
        if (request.BeforeSave is { } beforeSave) await beforeSave(document, version, status, db, ct);

        await db.SaveChangesAsync(ct);
        // Relations and consolidated texts belong to the same import: all or nothing.
        await new RelationWriter(db).StoreAsync(document, parsed, ct);
        var consolidated = await new ConsolidationWriter(db, time, logger).RefreshAsync(document.Id, ct);
        // The search index learns of the new text and of every recomputed consolidation in this same transaction.
        SearchOutbox.Enqueue(db, document.Id, SearchOutboxReason.Imported, now);
        SearchOutbox.Enqueue(db, consolidated.Where(id => id != document.Id), SearchOutboxReason.Consolidated, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation(
            "Imported {Number} as version {Version} ({Status})", document.Number, nextVersion, status);
        return new ImportResult(status, document.Id, nextVersion, document.Number, document.Title, null);
    }

    private static void ApplyMetadata(LegalDocument document, ParsedDocument parsed, DateTimeOffset now)
    {
        document.Number = parsed.Number.Trim();
        document.Type = parsed.Type;
        document.TypeName = parsed.TypeName;
        document.Title = parsed.Title;
        document.Signer = parsed.Signer;
        document.IssuedOn = parsed.IssuedOn;
        document.EffectiveOn = parsed.EffectiveOn;
        document.UpdatedAt = now;
        document.Bases.Clear();
        document.Bases.AddRange(parsed.Bases.Select((b, i) => new EnactingBasis
        {
            Order = i,
            Text = b.Text,
            CitedType = b.DocumentType,
            CitedNumber = b.Number,
        }));
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    private static string Sha256Hex(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
