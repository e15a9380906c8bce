using System.Text.RegularExpressions;
using LegalReview.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Findings;

/// <summary>
/// Suggests findings from the relation graph, validity and "Căn cứ" lines: (a) provisions citing — by number, or by
/// name for a replaced law — a document amended, replaced or repealed after the citing document was issued; (b)
/// documents whose legal basis has expired or been replaced. Each suggestion carries its evidence.
/// </summary>
public sealed partial class FindingSuggestionService(LegalReviewDbContext db, TimeProvider time)
{
    private const int MaxCitingProvisions = 5;

    private static readonly RelationType[] Modifying =
        [RelationType.Amends, RelationType.Supplements, RelationType.Replaces, RelationType.RepealsWhole, RelationType.RepealsPart, RelationType.Suspends];

    private static readonly RelationType[] Ending = [RelationType.Replaces, RelationType.RepealsWhole, RelationType.RepealsPart, RelationType.Suspends];

    public async Task<IReadOnlyList<SuggestedFinding>> SuggestAsync(CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking()
            .Select(d => new DocumentFacts(d.Id, d.Number, d.NormalizedNumber, d.Title, d.IssuedOn, d.Validity, d.ExpiresOn))
            .ToDictionaryAsync(d => d.Id, ct);
        var changes = await db.Relations.AsNoTracking().Where(r => Modifying.Contains(r.Type)).ToListAsync(ct);
        if (changes.Count == 0 && !documents.Values.Any(d => IsEnded(d)))
        {
            return [];
        }

        var byTarget = changes.ToLookup(r => r.TargetNormalizedNumber, StringComparer.Ordinal);
        var suggestions = new List<SuggestedFinding>();
        suggestions.AddRange(await CitationsAsync(documents, changes, byTarget, ct));
        suggestions.AddRange(await BasesAsync(documents, byTarget, ct));
        return suggestions.OrderBy(s => s.Kind).ThenBy(s => s.Title, StringComparer.Ordinal).ToList();
    }

    private async Task<List<SuggestedFinding>> CitationsAsync(
        Dictionary<long, DocumentFacts> documents, List<DocumentRelation> changes, ILookup<string, DocumentRelation> byTarget,
        CancellationToken ct)
    {
        // Replaced laws keep their name ("Bộ luật Lao động"): a citation by name written before the replacement meant the old law.
        var byName = changes.Where(r => r.Type == RelationType.Replaces && IsLawName(r.TargetTitle))
            .Select(r => (Relation: r, Folded: Fold(r.TargetTitle))).ToList();
        var latest = await db.DocumentVersions.AsNoTracking().Where(v => v.ConsolidatedAsOf == null)
            .GroupBy(v => v.DocumentId).Select(g => g.Max(v => v.Id)).ToListAsync(ct);
        var hits = new Dictionary<(long Citing, string Target, long Modifier), List<(string StableId, string Excerpt)>>();
        var provisions = db.Provisions.AsNoTracking().Where(p => latest.Contains(p.VersionId))
            .Select(p => new { p.Version!.DocumentId, p.StableId, p.Text }).AsAsyncEnumerable();
        await foreach (var p in provisions.WithCancellation(ct))
        {
            if (!documents.TryGetValue(p.DocumentId, out var citing))
            {
                continue;
            }

            foreach (Match m in NumberMention().Matches(p.Text))
            {
                var target = DocumentNumber.Normalize(m.Value);
                foreach (var change in byTarget[target])
                {
                    Record(citing, change, p.StableId, Excerpt(p.Text, m.Index, m.Length));
                }
            }

            if (byName.Count == 0)
            {
                continue;
            }

            var folded = Fold(p.Text);
            foreach (var (change, name) in byName)
            {
                var at = folded.IndexOf(name, StringComparison.Ordinal);
                // "Bộ luật Lao động số 45/2019/QH14" names its number: the number rule handles it.
                // A name only means the replaced law when written after that law existed (its number carries the year).
                if (at >= 0 && citing.IssuedOn?.Year >= YearOf(change.TargetNumber)
                    && !NumberMention().IsMatch(p.Text.AsSpan(at, Math.Min(p.Text.Length - at, name.Length + 30))))
                {
                    Record(citing, change, p.StableId, Excerpt(p.Text, at, name.Length));
                }
            }
        }

        return hits.Select(h => CitationSuggestion(documents, h.Key, h.Value, changes)).OfType<SuggestedFinding>().ToList();

        void Record(DocumentFacts citing, DocumentRelation change, string stableId, string excerpt)
        {
            if (!documents.TryGetValue(change.SourceDocumentId, out var modifier) || modifier.Id == citing.Id
                || citing.NormalizedNumber == change.TargetNormalizedNumber
                || citing.IssuedOn is null || modifier.IssuedOn is null || citing.IssuedOn >= modifier.IssuedOn)
            {
                return;
            }

            var key = (citing.Id, change.TargetNormalizedNumber, modifier.Id);
            if (!hits.TryGetValue(key, out var list))
            {
                hits[key] = list = [];
            }

            if (list.Count < MaxCitingProvisions && list.All(x => x.StableId != stableId))
            {
                list.Add((stableId, excerpt));
            }
        }
    }

    private static SuggestedFinding? CitationSuggestion(
        Dictionary<long, DocumentFacts> documents, (long Citing, string Target, long Modifier) key,
        List<(string StableId, string Excerpt)> cited, List<DocumentRelation> changes)
    {
        var citing = documents[key.Citing];
        var modifier = documents[key.Modifier];
        var change = changes.Where(r => r.SourceDocumentId == key.Modifier && r.TargetNormalizedNumber == key.Target)
            .OrderBy(r => Array.IndexOf(Ending, r.Type) < 0 ? 1 : 0).First();
        var ended = Ending.Contains(change.Type);
        var verb = Verb(change.Type);
        var evidence = new List<string>();
        foreach (var (stableId, excerpt) in cited)
        {
            evidence.Add($"{citing.Number}, {ProvisionLabels.Describe(stableId)}: “…{excerpt}…”");
        }

        evidence.Add($"{modifier.Number} (ban hành {Date(modifier.IssuedOn)}) {verb} văn bản {change.TargetNumber}" +
                     (change.SourceProvisionId is null ? "." : $" tại {ProvisionLabels.Describe(change.SourceProvisionId)}."));
        evidence.Add($"{citing.Number} ban hành {Date(citing.IssuedOn)}, trước khi văn bản được dẫn chiếu bị {verb}.");
        var links = cited.Select(c => new ProvisionLink(citing.Id, c.StableId))
            .Append(new ProvisionLink(modifier.Id, change.SourceProvisionId ?? "")).ToList();
        return new SuggestedFinding(
            $"a:{citing.Id}:{key.Target}:{modifier.Id}",
            SuggestionKind.CitesChangedDocument,
            ended ? FindingType.Expired : FindingType.Unsuitable,
            $"{citing.Number} dẫn chiếu {change.TargetNumber} đã bị {verb} bởi {modifier.Number}",
            evidence,
            links,
            $"{ProvisionLabels.Describe(change.SourceProvisionId)} {modifier.Number}");
    }

    private async Task<List<SuggestedFinding>> BasesAsync(
        Dictionary<long, DocumentFacts> documents, ILookup<string, DocumentRelation> byTarget, CancellationToken ct)
    {
        var bases = await db.EnactingBases.AsNoTracking().Where(b => b.CitedNumber != null).ToListAsync(ct);
        var byNumber = documents.Values.GroupBy(d => d.NormalizedNumber).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var result = new List<SuggestedFinding>();
        foreach (var basis in bases)
        {
            if (!documents.TryGetValue(basis.DocumentId, out var document))
            {
                continue;
            }

            var number = DocumentNumber.Normalize(basis.CitedNumber!);
            var evidence = new List<string> { $"{document.Number}, căn cứ ban hành: “{basis.Text.Trim()}”" };
            var links = new List<ProvisionLink> { new(document.Id, "") };
            string? legalBasis = null;
            foreach (var change in byTarget[number].Where(r => Ending.Contains(r.Type) && r.SourceDocumentId != document.Id))
            {
                if (documents.TryGetValue(change.SourceDocumentId, out var modifier))
                {
                    evidence.Add($"{modifier.Number} (ban hành {Date(modifier.IssuedOn)}) {Verb(change.Type)} văn bản {change.TargetNumber}" +
                                 (change.SourceProvisionId is null ? "." : $" tại {ProvisionLabels.Describe(change.SourceProvisionId)}."));
                    links.Add(new ProvisionLink(modifier.Id, change.SourceProvisionId ?? ""));
                    legalBasis ??= $"{ProvisionLabels.Describe(change.SourceProvisionId)} {modifier.Number}";
                }
            }

            if (byNumber.TryGetValue(number, out var cited) && cited.Id != document.Id && IsEnded(cited, today))
            {
                evidence.Add($"Văn bản căn cứ {cited.Number}: tình trạng hiệu lực “{ValidityText(cited.Validity)}”" +
                             (cited.ExpiresOn is { } e ? $", hết hiệu lực từ {Date(e)}." : "."));
                links.Add(new ProvisionLink(cited.Id, ""));
            }

            if (links.Count < 2)
            {
                continue;
            }

            result.Add(new SuggestedFinding(
                $"b:{document.Id}:{number}",
                SuggestionKind.BasisNoLongerValid,
                FindingType.Expired,
                $"{document.Number} có căn cứ ban hành {basis.CitedNumber} đã hết hiệu lực hoặc bị thay thế",
                evidence,
                links.DistinctBy(l => (l.DocumentId, l.StableId)).ToList(),
                legalBasis ?? $"Tình trạng hiệu lực của {basis.CitedNumber}"));
        }

        return result;
    }

    private static bool IsEnded(DocumentFacts d, DateOnly? today = null) =>
        d.Validity is Validity.Expired or Validity.Suspended || (today is { } t && d.ExpiresOn is { } e && e <= t);

    private static int YearOf(string number)
    {
        var parts = number.Split('/');
        return parts.Length > 1 && int.TryParse(parts[1], out var year) ? year : int.MaxValue;
    }

    private static bool IsLawName(string title) =>
        (title.StartsWith("Luật ", StringComparison.OrdinalIgnoreCase) || title.StartsWith("Bộ luật ", StringComparison.OrdinalIgnoreCase))
        && title.Length >= 10 && !title.Contains("sửa đổi", StringComparison.OrdinalIgnoreCase);

    private static string Fold(string text) => Annotations.QuoteLocator.FoldWithMap(text).Folded;

    private static string Excerpt(string text, int index, int length)
    {
        var start = Math.Max(0, index - 60);
        var end = Math.Min(text.Length, index + length + 60);
        return text[start..end].Replace('\n', ' ').Trim();
    }

    private static string Verb(RelationType type) => type switch
    {
        RelationType.Replaces => "thay thế",
        RelationType.RepealsWhole => "bãi bỏ",
        RelationType.RepealsPart => "bãi bỏ một phần",
        RelationType.Suspends => "đình chỉ",
        RelationType.Supplements => "bổ sung",
        _ => "sửa đổi, bổ sung",
    };

    private static string ValidityText(Validity validity) => validity switch
    {
        Validity.Expired => "Hết hiệu lực",
        Validity.Suspended => "Tạm ngưng hiệu lực",
        Validity.PartlyExpired => "Hết hiệu lực một phần",
        _ => validity.ToString(),
    };

    private static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy") ?? "?";

    [GeneratedRegex(@"\b\d{1,4}/\d{4}/[A-ZĐ]{1,6}\d{0,3}(?:-[A-ZĐ0-9]{1,10})*")]
    private static partial Regex NumberMention();

    private sealed record DocumentFacts(
        long Id, string Number, string NormalizedNumber, string Title, DateOnly? IssuedOn, Validity Validity, DateOnly? ExpiresOn);
}
