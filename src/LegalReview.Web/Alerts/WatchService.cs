using System.Security.Cryptography;
using LegalReview.Data;
using LegalReview.Data.Alerts;
using LegalReview.Search.Analysis;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Alerts;

/// <summary>Creates, lists and removes a user's watches; one watch per user and target (a second click is a no-op).</summary>
public sealed class WatchService(LegalReviewDbContext db, TimeProvider time)
{
    /// <summary>Creates the watch (or returns the existing one); a Vietnamese error for a bad target.</summary>
    public async Task<(Watch? Watch, string? Error)> CreateAsync(string userId, WatchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = string.IsNullOrWhiteSpace(request.Query) ? null : VietnameseText.Normalize(request.Query.Trim());
        var provision = string.IsNullOrWhiteSpace(request.ProvisionId) ? null : request.ProvisionId.Trim().Trim('/');
        string name;
        switch (request.Kind)
        {
            case WatchKind.Document or WatchKind.Neighbours or WatchKind.Provision:
                var doc = request.DocumentId is { } id
                    ? await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.TypeName, d.Number }).SingleOrDefaultAsync(ct)
                    : null;
                if (doc is null) return (null, "Không có văn bản này.");
                var label = $"{doc.TypeName} {doc.Number}".Trim();
                if (request.Kind == WatchKind.Provision)
                {
                    if (provision is null || provision.Length > 300) return (null, "Thiếu mã điều, khoản cần theo dõi.");
                    name = $"{ProvisionName.Of(provision)} {label}";
                }
                else
                {
                    name = request.Kind == WatchKind.Neighbours ? $"Văn bản hướng dẫn, căn cứ {label}" : label;
                }
                break;
            case WatchKind.SavedSearch:
                if (query is null && request.Type is null && request.Issuer is null && request.Validity is null
                    && request.Year is null && request.Topic is null)
                {
                    return (null, "Tìm kiếm trống: hãy nhập từ khóa hoặc chọn bộ lọc trước khi lưu.");
                }
                if (query?.Length > 1000) return (null, "Câu tìm kiếm quá dài (tối đa 1.000 ký tự).");
                name = "Tìm: " + (query ?? "(theo bộ lọc)");
                break;
            default:
                return (null, "Loại theo dõi không hợp lệ.");
        }

        var existing = await db.AlertWatches.FirstOrDefaultAsync(w => w.UserId == userId && w.Kind == request.Kind
            && w.DocumentId == (request.Kind == WatchKind.SavedSearch ? null : request.DocumentId)
            && w.ProvisionId == provision && w.Query == query && w.FilterType == request.Type && w.FilterIssuer == request.Issuer
            && w.FilterValidity == request.Validity && w.FilterYear == request.Year && w.FilterTopic == request.Topic, ct);
        if (existing is not null) return (existing, null);

        var watch = new Watch
        {
            UserId = userId,
            Kind = request.Kind,
            Name = name.Length > 300 ? name[..300] : name,
            DocumentId = request.Kind == WatchKind.SavedSearch ? null : request.DocumentId,
            ProvisionId = request.Kind == WatchKind.Provision ? provision : null,
            Query = query,
            FilterType = request.Type,
            FilterIssuer = request.Issuer,
            FilterValidity = request.Validity,
            FilterYear = request.Year,
            FilterTopic = request.Topic,
            Frequency = request.Frequency,
            FeedToken = NewToken(),
            CreatedAt = time.GetUtcNow(),
        };
        db.AlertWatches.Add(watch);
        await db.SaveChangesAsync(ct);
        return (watch, null);
    }

    public Task<List<Watch>> ListAsync(string userId, CancellationToken ct) =>
        db.AlertWatches.AsNoTracking().Where(w => w.UserId == userId).OrderBy(w => w.Id).ToListAsync(ct);

    public async Task<bool> DeleteAsync(string userId, long id, CancellationToken ct) =>
        await db.AlertWatches.Where(w => w.Id == id && w.UserId == userId).ExecuteDeleteAsync(ct) > 0;

    public async Task<bool> SetFrequencyAsync(string userId, long id, AlertFrequency frequency, CancellationToken ct) =>
        await db.AlertWatches.Where(w => w.Id == id && w.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Frequency, frequency), ct) > 0;

    /// <summary>Unsubscribe link: stops e-mail for the watch (inbox and feeds continue). Null when the watch is gone.</summary>
    public async Task<Watch?> StopEmailAsync(long id, CancellationToken ct)
    {
        var watch = await db.AlertWatches.SingleOrDefaultAsync(w => w.Id == id, ct);
        if (watch is null) return null;
        watch.Frequency = AlertFrequency.NoEmail;
        await db.SaveChangesAsync(ct);
        return watch;
    }

    /// <summary>Random URL-safe secret (feed addresses).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
