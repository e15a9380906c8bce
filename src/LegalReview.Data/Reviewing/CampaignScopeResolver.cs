using LegalReview.Search;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Reviewing;

/// <summary>Finds the documents in a campaign's scope (explicit list, filters or a search query), as of its cut-off.</summary>
public sealed class CampaignScopeResolver(LegalReviewDbContext db, ISearchIndex search)
{
    /// <summary>Upper bound of documents a search scope may bring in; a broader query should be narrowed.</summary>
    public const int MaxSearchDocuments = 2000;

    /// <summary>Document ids in scope, or a Vietnamese error (bad query, nothing found).</summary>
    public async Task<(IReadOnlyList<long> Ids, string? Error)> ResolveAsync(CampaignDraft draft, CancellationToken ct)
    {
        IQueryable<Core.Documents.LegalDocument> documents = db.Documents;
        // Documents issued after the cut-off date are outside the campaign; undated ones stay in (reviewer decides).
        documents = documents.Where(d => d.IssuedOn == null || d.IssuedOn <= draft.CutoffDate);
        switch (draft.ScopeKind)
        {
            case CampaignScopeKind.ExplicitList:
                var ids = draft.DocumentIds.Distinct().ToList();
                documents = documents.Where(d => ids.Contains(d.Id));
                break;
            case CampaignScopeKind.Filters:
                documents = Filter(documents, draft);
                break;
            case CampaignScopeKind.SearchQuery:
                if (string.IsNullOrWhiteSpace(draft.Query))
                {
                    return ([], "Cần nhập câu truy vấn tìm kiếm cho phạm vi theo tìm kiếm.");
                }

                var (found, error) = await SearchAsync(draft.Query, ct);
                if (error is not null)
                {
                    return ([], error);
                }

                documents = Filter(documents.Where(d => found.Contains(d.Id)), draft);
                break;
        }

        var result = await documents.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
        return result.Count == 0
            ? ([], "Phạm vi đã chọn không có văn bản nào (ban hành trước thời điểm rà soát).")
            : (result, null);
    }

    private static IQueryable<Core.Documents.LegalDocument> Filter(IQueryable<Core.Documents.LegalDocument> q, CampaignDraft d)
    {
        if (d.Type is { } type)
        {
            q = q.Where(x => x.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(d.Issuer))
        {
            var issuer = d.Issuer.Trim();
            q = q.Where(x => x.Issuer == issuer);
        }

        if (d.Validity is { } validity)
        {
            q = q.Where(x => x.Validity == validity);
        }

        if (d.YearFrom is { } from)
        {
            var start = new DateOnly(from, 1, 1);
            q = q.Where(x => x.IssuedOn >= start);
        }

        if (d.YearTo is { } to)
        {
            var end = new DateOnly(to, 12, 31);
            q = q.Where(x => x.IssuedOn <= end);
        }

        return q;
    }

    private async Task<(HashSet<long> Ids, string? Error)> SearchAsync(string text, CancellationToken ct)
    {
        var ids = new HashSet<long>();
        for (var page = 1; ids.Count < MaxSearchDocuments; page++)
        {
            var result = await search.SearchAsync(
                new SearchQuery(text.Trim(), Page: page, PageSize: SearchQuery.MaxPageSize, IncludeFacets: false), ct);
            if (result.Error is not null)
            {
                return ([], result.Error);
            }

            foreach (var hit in result.Hits)
            {
                ids.Add(hit.DocumentId);
            }

            if (result.Hits.Count < SearchQuery.MaxPageSize || (long)page * SearchQuery.MaxPageSize >= result.Total)
            {
                break;
            }
        }

        return (ids, null);
    }
}
