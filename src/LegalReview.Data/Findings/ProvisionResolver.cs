using System.Text.RegularExpressions;
using LegalReview.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Findings;

/// <summary>
/// Checks provision links against the database and resolves what reviewers type ("45/2019/QH14" + "dieu-35/khoan-1"
/// or "Điều 35 khoản 1") into a <see cref="ProvisionLink"/> with the version read.
/// </summary>
public sealed partial class ProvisionResolver(LegalReviewDbContext db)
{
    /// <summary>The latest retrieved (not consolidated) version of a document, or null.</summary>
    public Task<long?> LatestVersionIdAsync(long documentId, CancellationToken ct) =>
        db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == documentId && v.ConsolidatedAsOf == null)
            .OrderByDescending(v => v.VersionNumber).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);

    /// <summary>Number (1, 2 …) of a version, or null.</summary>
    public Task<int?> VersionNumberAsync(long versionId, CancellationToken ct) =>
        db.DocumentVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => (int?)v.VersionNumber).FirstOrDefaultAsync(ct);

    /// <summary>The link with its version filled in and the provision's text, or the reason it is not valid.</summary>
    public async Task<(ProvisionLink? Link, string? Text, string? Error)> CheckAsync(ProvisionLink link, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == link.DocumentId)
            .Select(d => new { d.Id, d.Number }).SingleOrDefaultAsync(ct);
        if (document is null)
        {
            return (null, null, $"Không có văn bản mã {link.DocumentId}.");
        }

        var versionId = link.VersionId ?? await LatestVersionIdAsync(link.DocumentId, ct);
        if (versionId is null || !await db.DocumentVersions.AnyAsync(v => v.Id == versionId && v.DocumentId == link.DocumentId, ct))
        {
            return (null, null, $"Văn bản {document.Number} không có phiên bản đã chọn.");
        }

        var stableId = (link.StableId ?? "").Trim().Trim('/');
        if (stableId.Length == 0)
        {
            return (link with { StableId = "", VersionId = versionId }, null, null);
        }

        var provision = await db.Provisions.AsNoTracking()
            .Where(p => p.VersionId == versionId && (p.StableId == stableId || p.StableId.EndsWith("/" + stableId)))
            .OrderBy(p => p.Order).Select(p => new { p.StableId, p.Text }).FirstOrDefaultAsync(ct);
        return provision is null
            ? (null, null, $"Văn bản {document.Number} không có quy định \"{stableId}\".")
            : (link with { StableId = provision.StableId, VersionId = versionId }, provision.Text, null);
    }

    /// <summary>Resolves a typed document number and provision reference; the error says which part is wrong.</summary>
    public async Task<(ProvisionLink? Link, string? Error)> ResolveAsync(string number, string? provision, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return (null, "Chưa nhập số, ký hiệu văn bản.");
        }

        var normalized = DocumentNumber.Normalize(number.Trim());
        var ids = await db.Documents.AsNoTracking().Where(d => d.NormalizedNumber == normalized)
            .Select(d => d.Id).Take(2).ToListAsync(ct);
        if (ids.Count != 1)
        {
            return (null, ids.Count == 0
                ? $"Không tìm thấy văn bản số {number.Trim()}."
                : $"Có nhiều văn bản cùng số {number.Trim()}; hãy chọn từ trang văn bản.");
        }

        var (link, _, error) = await CheckAsync(new ProvisionLink(ids[0], ToStableId(provision)), ct);
        return (link, error);
    }

    /// <summary>"Điều 35 khoản 1 điểm a" → "dieu-35/khoan-1/diem-a"; a slug is returned as typed (lower case).</summary>
    public static string ToStableId(string? provision)
    {
        if (string.IsNullOrWhiteSpace(provision))
        {
            return "";
        }

        var text = provision.Trim();
        var match = SpokenReference().Match(text);
        if (!match.Success)
        {
            // Vietnamese usually writes the smaller unit first: "điểm a khoản 1 Điều 35".
            match = ReversedReference().Match(text);
        }

        if (!match.Success)
        {
            return text.ToLowerInvariant();
        }

        static string Part(string s) => s.ToLowerInvariant().Replace("đ", "dd", StringComparison.Ordinal);
        var id = "dieu-" + Part(match.Groups["dieu"].Value);
        if (match.Groups["khoan"].Success)
        {
            id += "/khoan-" + Part(match.Groups["khoan"].Value);
            if (match.Groups["diem"].Success)
            {
                id += "/diem-" + Part(match.Groups["diem"].Value);
            }
        }

        return id;
    }

    [GeneratedRegex(@"^(?:[ĐđDd]iều)\s+(?<dieu>\d+[a-zđ]?)\.?(?:\s*,?\s*[Kk]hoản\s+(?<khoan>\d+[a-zđ]?)(?:\s*,?\s*[ĐđDd]iểm\s+(?<diem>[a-zđ]+))?)?\s*$")]
    private static partial Regex SpokenReference();

    [GeneratedRegex(@"^(?:[ĐđDd]iểm\s+(?<diem>[a-zđ]+)\s*,?\s*)?(?:[Kk]hoản\s+(?<khoan>\d+[a-zđ]?)\s*,?\s*)?[ĐđDd]iều\s+(?<dieu>\d+[a-zđ]?)\.?\s*$")]
    private static partial Regex ReversedReference();
}
