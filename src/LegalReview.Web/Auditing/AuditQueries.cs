using System.Text.Json;
using LegalReview.Data;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Auditing;

/// <summary>Reads the audit trail of one object for the audit page and the audit-trail view component.</summary>
public sealed class AuditQueries(LegalReviewDbContext db)
{
    public async Task<IReadOnlyList<AuditRow>> TrailAsync(string entityType, string entityId, CancellationToken ct)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderByDescending(e => e.Id).Take(500).ToListAsync(ct);
        return entries.Select(e => new AuditRow(e.Id, e.Timestamp, e.UserName, e.Action, Changes(e.BeforeJson, e.AfterJson))).ToList();
    }

    private static IReadOnlyList<AuditChange> Changes(string? beforeJson, string? afterJson)
    {
        var before = Parse(beforeJson);
        var after = Parse(afterJson);
        return before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Select(k => new AuditChange(k, before.GetValueOrDefault(k, ""), after.GetValueOrDefault(k, "")))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    private static Dictionary<string, string> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => "",
                JsonValueKind.String => p.Value.GetString() ?? "",
                _ => p.Value.GetRawText(),
            });
    }
}
