using System.Security.Cryptography;
using System.Text;
using LegalReview.Core.Amendments;
using LegalReview.Core.Consolidation;
using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;
using LegalReview.Data.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Consolidation;

/// <summary>
/// Keeps consolidated texts up to date. A base document amended by documents in the database gets one extra
/// <see cref="DocumentVersion"/> per effective date (<see cref="DocumentVersion.ConsolidatedAsOf"/> set), computed
/// from its latest retrieved version and every stored amending document; each instruction's outcome is stored as an
/// <see cref="InstructionRecord"/> (unresolved ones with their reason). Recomputed from scratch whenever the base or
/// one of its amending documents is imported, so it never mixes old and new texts.
/// </summary>
public sealed class ConsolidationWriter(LegalReviewDbContext db, TimeProvider time, ILogger logger)
{
    /// <summary>Recomputes every consolidation <paramref name="documentId"/> takes part in (as base or as amending document); saves.</summary>
    /// <returns>Ids of the base documents whose consolidated versions were recomputed.</returns>
    public async Task<IReadOnlyList<long>> RefreshAsync(long documentId, CancellationToken ct)
    {
        var baseIds = await db.Relations
            .Where(r => r.Type == RelationType.Amends && r.TargetDocumentId != null
                && (r.SourceDocumentId == documentId || r.TargetDocumentId == documentId))
            .Select(r => r.TargetDocumentId!.Value).Distinct().ToListAsync(ct);
        foreach (var baseId in baseIds)
        {
            await ConsolidateAsync(baseId, ct);
        }

        return baseIds;
    }

    private async Task ConsolidateAsync(long baseId, CancellationToken ct)
    {
        var baseVersion = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == baseId && v.ConsolidatedAsOf == null)
            .OrderByDescending(v => v.VersionNumber).FirstOrDefaultAsync(ct);
        if (baseVersion is null) return;
        var amenderIds = await db.Relations
            .Where(r => r.Type == RelationType.Amends && r.TargetDocumentId == baseId)
            .Select(r => r.SourceDocumentId).Distinct().ToListAsync(ct);
        var amenders = new List<(LegalDocument Document, IReadOnlyList<AmendmentInstruction> Instructions)>();
        foreach (var id in amenderIds)
        {
            var doc = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id, ct);
            var text = await db.DocumentVersions.AsNoTracking()
                .Where(v => v.DocumentId == id && v.ConsolidatedAsOf == null)
                .OrderByDescending(v => v.VersionNumber).Select(v => v.Text).FirstOrDefaultAsync(ct);
            if (text is null) continue;
            AmendmentParseResult parsed;
            try
            {
                parsed = AmendmentInstructionParser.Parse(text);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reading the instructions of {Number} failed unexpectedly", doc.Number);
                continue;
            }
            // An instruction without its own date takes the amending document's (stored metadata is the fallback).
            var fallback = parsed.EffectiveOn ?? doc.EffectiveOn;
            amenders.Add((doc, parsed.Instructions.Select(i => i.EffectiveOn is null ? i with { EffectiveOn = fallback } : i).ToList()));
        }

        var computed = Compute(baseVersion.Text, amenders);
        await WriteAsync(baseId, computed, ct);
    }

    private Computed Compute(
        string baseText, List<(LegalDocument Document, IReadOnlyList<AmendmentInstruction> Instructions)> amenders)
    {
        var all = amenders.SelectMany(a => a.Instructions).ToList();
        var owner = new Dictionary<AmendmentInstruction, LegalDocument>(ReferenceEqualityComparer.Instance);
        foreach (var (doc, list) in amenders)
        {
            foreach (var ins in list) owner[ins] = doc;
        }

        var versions = new List<(DateOnly AsOf, ParsedDocument Document, string From)>();
        ConsolidationResult? last = null;
        ParsedDocument? baseDoc = null;
        try
        {
            baseDoc = StructureParser.Parse(baseText);
            var dates = all.Select(i => i.EffectiveOn).OfType<DateOnly>().Distinct().Order().ToList();
            if (dates.Count == 0) dates.Add(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            foreach (var date in dates)
            {
                last = Consolidator.Apply(baseDoc, all, date);
                var from = string.Join("; ", last.Outcomes.Where(o => o.Status == InstructionStatus.Applied)
                    .Select(o => owner[o.Instruction].Number).Distinct());
                versions.Add((date, last.Document, from));
            }
        }
        catch (DocumentRejectedException ex)
        {
            logger.LogWarning("Consolidation of {Number} skipped: {Reason}", baseDoc?.Number, ex.Message);
            return new Computed([], []);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A consolidator defect must not make the import itself fail: the document is stored, the error logged.
            logger.LogError(ex, "Consolidation of {Number} failed unexpectedly", baseDoc?.Number);
            return new Computed([], []);
        }

        var records = last!.Outcomes.Where(o => o.Status != InstructionStatus.Skipped || o.Instruction.TargetDocumentNumber is null)
            .Select(o => new InstructionRecord
            {
                AmendingDocumentId = owner[o.Instruction].Id,
                AmendingNumber = owner[o.Instruction].Number,
                SourceProvisionId = o.Instruction.SourceProvisionId,
                SourceText = o.Instruction.SourceText,
                Action = o.Instruction.Action.ToString(),
                TargetPath = o.Instruction.Target.Path,
                EffectiveOn = o.Instruction.EffectiveOn,
                // An instruction that names no target cannot be placed: reviewers must see it, like any unresolved one.
                Status = (o.Status == InstructionStatus.Skipped ? InstructionStatus.Unresolved : o.Status).ToString(),
                Reason = o.Reason,
                ProvisionId = o.ProvisionId,
                Note = o.Note,
            }).ToList();
        return new Computed(versions, records);
    }

    private async Task WriteAsync(long baseId, Computed computed, CancellationToken ct)
    {
        var stale = await db.DocumentVersions.Where(v => v.DocumentId == baseId && v.ConsolidatedAsOf != null).ToListAsync(ct);
        db.DocumentVersions.RemoveRange(stale);
        db.InstructionRecords.RemoveRange(await db.InstructionRecords.Where(r => r.BaseDocumentId == baseId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);

        var next = await db.DocumentVersions.Where(v => v.DocumentId == baseId).MaxAsync(v => (int?)v.VersionNumber, ct) ?? 0;
        var now = time.GetUtcNow();
        foreach (var (asOf, document, from) in computed.Versions)
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Text)));
            db.DocumentVersions.Add(new DocumentVersion
            {
                DocumentId = baseId,
                VersionNumber = ++next,
                Source = $"Hợp nhất tự động theo {from} (hiệu lực từ {asOf:dd/MM/yyyy})",
                RetrievedAt = now,
                Sha256 = sha,
                TextSha256 = sha,
                MediaType = "text/plain",
                Text = document.Text,
                Provisions = ProvisionFlattener.Flatten(document.Provisions),
                ConsolidatedAsOf = asOf,
                ConsolidatedFrom = from,
            });
        }

        foreach (var record in computed.Records)
        {
            record.BaseDocumentId = baseId;
            db.InstructionRecords.Add(record);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Consolidated document {Id}: {Versions} dated versions, {Records} instructions",
            baseId, computed.Versions.Count, computed.Records.Count);
    }

    private sealed record Computed(
        IReadOnlyList<(DateOnly AsOf, ParsedDocument Document, string From)> Versions,
        IReadOnlyList<InstructionRecord> Records);
}
