using LegalReview.Core.Documents;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Alerts;

/// <summary>
/// The alert pipeline's matching step: reads <see cref="ChangeEvent"/>s after its own cursor (never hooks the
/// importer), matches them against every watch, and writes one <see cref="AlertNotification"/> per (watch, event)
/// together with the advanced cursor in one transaction; new <see cref="AdminAlert"/>s become notifications for
/// every administrator the same way. A re-run after a crash repeats at most the uncommitted batch, and the unique
/// (watch, event) index makes even that harmless.
/// </summary>
public sealed class AlertMatcher(
    LegalReviewDbContext db, SavedSearchPercolator percolator, TimeProvider time, ILogger<AlertMatcher> logger)
{
    public const string EventsCursor = "change-events";
    public const string AdminAlertsCursor = "admin-alerts";

    /// <summary>Role whose members receive crawler health alerts (LegalReview.Web.Accounts.Roles.Admin).</summary>
    public const string AdminRole = "Admin";

    private const int BatchSize = 50;

    /// <summary>Processes every pending change event and admin alert.</summary>
    public async Task<AlertMatchResult> RunAsync(CancellationToken ct)
    {
        var (events, notifications, last) = (0, 0, 0L);
        while (true)
        {
            AlertMatchResult batch;
            try
            {
                batch = await RunBatchAsync(ct);
            }
            catch (DbUpdateException ex)
            {
                // A concurrent run (poller-queued job and recurring job) wrote the same notifications first.
                logger.LogInformation(ex, "Alert matching stopped: another run processed this batch");
                db.ChangeTracker.Clear();
                return new AlertMatchResult(events, notifications, 0, last);
            }
            if (batch.Events == 0) { last = batch.LastEventId; break; }
            events += batch.Events;
            notifications += batch.Notifications;
            last = batch.LastEventId;
        }
        var admin = await AdminAlertsAsync(ct);
        return new AlertMatchResult(events, notifications, admin, last);
    }

    private async Task<AlertMatchResult> RunBatchAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var cursor = await CursorAsync(EventsCursor, ct);
        var events = await db.ChangeEvents.AsNoTracking().Where(e => e.Id > cursor.LastId).OrderBy(e => e.Id)
            .Take(BatchSize).ToListAsync(ct);
        if (events.Count == 0) return new AlertMatchResult(0, 0, 0, cursor.LastId);

        var watches = await db.AlertWatches.AsNoTracking().ToListAsync(ct);
        var created = 0;
        if (watches.Count > 0)
        {
            var searches = watches.Where(w => w.Kind == WatchKind.SavedSearch)
                .Select(w => new SavedSearchSpec(w.Id, w.Query, w.FilterType, w.FilterIssuer, w.FilterValidity, w.FilterYear, w.FilterTopic))
                .ToList();
            var analyzer = new ChangeAnalyzer(db);
            var (firstId, lastId) = (events[0].Id, events[^1].Id);
            var known = await db.AlertNotifications.Where(n => n.ChangeEventId >= firstId && n.ChangeEventId <= lastId)
                .Select(n => new { n.WatchId, n.ChangeEventId }).ToListAsync(ct);
            var seen = known.Select(k => (k.WatchId, k.ChangeEventId)).ToHashSet();
            foreach (var change in events)
            {
                var changes = await analyzer.AnalyzeAsync(change, ct);
                var neighbours = await NeighbourRelationsAsync(change.DocumentId, ct);
                // A watch reports what happens after it was set up, not the history the user was already looking at.
                var active = watches.Where(w => w.CreatedAt <= change.OccurredAt).ToList();
                var activeIds = active.Select(w => w.Id).ToHashSet();
                foreach (var n in Match(change, changes, neighbours, active, searches.Where(s => activeIds.Contains(s.WatchId)).ToList()))
                {
                    if (!seen.Add((n.WatchId, n.ChangeEventId))) continue;
                    db.AlertNotifications.Add(n);
                    created++;
                }
            }
        }

        cursor.LastId = events[^1].Id;
        cursor.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Alert matching: {Events} change events up to {LastId}, {Notifications} notifications",
            events.Count, cursor.LastId, created);
        return new AlertMatchResult(events.Count, created, 0, cursor.LastId);
    }

    /// <summary>The notifications one change event produces (pure: no database access).</summary>
    public IEnumerable<AlertNotification> Match(
        ChangeEvent change, IReadOnlyList<DocumentChange> changes, IReadOnlyList<(long Target, RelationType Type)> neighbours,
        IReadOnlyList<Watch> watches, IReadOnlyList<SavedSearchSpec> searches)
    {
        var now = time.GetUtcNow();
        var byDocument = changes.GroupBy(c => c.Document.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var watch in watches.Where(w => w.Kind != WatchKind.SavedSearch))
        {
            if (watch.DocumentId is not { } docId) continue;
            switch (watch.Kind)
            {
                case WatchKind.Document when byDocument.TryGetValue(docId, out var dc):
                    yield return Notify(watch, change, dc, dc.Units, NotificationText.Reason(watch, null, [], null), now);
                    break;
                case WatchKind.Provision when byDocument.TryGetValue(docId, out var dc) && watch.ProvisionId is { } pid:
                    var units = dc.Units.Where(u => u.StableId == pid || u.StableId.StartsWith(pid + "/", StringComparison.Ordinal)).ToList();
                    if (units.Count > 0) yield return Notify(watch, change, dc, units, NotificationText.Reason(watch, null, [], null), now);
                    break;
                case WatchKind.Neighbours when neighbours.FirstOrDefault(r => r.Target == docId) is { Target: > 0 } rel:
                    var own = changes.FirstOrDefault(c => c.Document.Id == change.DocumentId) ?? changes.FirstOrDefault();
                    if (own is null) break;
                    var verb = rel.Type == RelationType.Guides ? "hướng dẫn" : "được ban hành căn cứ";
                    yield return Notify(watch, change, own, own.Units, NotificationText.Reason(watch, null, [], verb), now);
                    break;
            }
        }

        // Amended documents first: their consolidated text is what changed for the reader of the watched law; the
        // amending document's own articles follow.
        var ordered = changes.OrderBy(c => c.CausedBy is null).ToList();
        var entries = ordered.SelectMany(c => c.Entries).ToList();
        if (searches.Count == 0 || entries.Count == 0) yield break;
        var watchById = watches.ToDictionary(w => w.Id);
        foreach (var match in percolator.Match(searches, entries))
        {
            var hit = match.Provisions.Select(i => entries[i]).ToList();
            var perDocument = hit.GroupBy(h => h.Document.Id)
                .Select(g => (Change: ordered.First(c => c.Document.Id == g.Key), Ids: g.Select(h => h.ProvisionId).ToList())).ToList();
            var units = perDocument.SelectMany(d =>
            {
                // An article entry covers every changed unit inside it; best-ranked entries first.
                return d.Ids.SelectMany(id => d.Change.Units.Where(u => Within(u.StableId, id)));
            }).DistinctBy(u => u.StableId).ToList();
            var watch = watchById[match.WatchId];
            var ids = perDocument[0].Ids;
            var reason = NotificationText.Reason(watch, match, ids, null);
            if (perDocument.Count > 1)
            {
                reason = reason.TrimEnd('.') + $" ({perDocument[0].Change.Document.Number}); "
                    + string.Join("; ", perDocument.Skip(1).Select(d => $"{NotificationText.Names(d.Ids)} ({d.Change.Document.Number})")) + ".";
            }
            yield return Notify(watch, change, perDocument[0].Change, units, reason, now, ids);
        }
    }

    private static bool Within(string unitId, string entryId) =>
        entryId.Length > 0 && (unitId == entryId || unitId.StartsWith(entryId + "/", StringComparison.Ordinal));

    private static AlertNotification Notify(
        Watch watch, ChangeEvent change, DocumentChange dc, IReadOnlyList<ChangedUnit> units, string reason, DateTimeOffset now,
        IReadOnlyList<string>? ids = null) => new()
    {
        UserId = watch.UserId,
        WatchId = watch.Id,
        ChangeEventId = change.Id,
        DocumentId = dc.Document.Id,
        CreatedAt = now,
        Title = Truncate(dc.Title.Length > 0 ? dc.Title : change.Summary, 1000),
        Reason = Truncate(reason, 2000),
        SnippetHtml = NotificationText.Snippet(units),
        ProvisionIds = Truncate(string.Join(';', ids ?? units.Select(u => u.StableId).Distinct().ToList()), 4000),
    };

    /// <summary>Documents the event's document guides or is based on (for neighbour watches).</summary>
    private async Task<IReadOnlyList<(long Target, RelationType Type)>> NeighbourRelationsAsync(long documentId, CancellationToken ct)
    {
        var rows = await db.Relations.AsNoTracking()
            .Where(r => r.SourceDocumentId == documentId && r.TargetDocumentId != null
                && (r.Type == RelationType.Guides || r.Type == RelationType.BasedOn))
            .Select(r => new { Target = r.TargetDocumentId!.Value, r.Type }).ToListAsync(ct);
        var bases = await db.EnactingBases.AsNoTracking().Where(b => b.DocumentId == documentId && b.CitedNumber != null)
            .Select(b => b.CitedNumber!).ToListAsync(ct);
        var list = rows.Select(r => (r.Target, r.Type)).ToList();
        if (bases.Count > 0)
        {
            // "Căn cứ" lines are stored as enacting bases; they are "based on" edges too.
            var normalized = bases.Select(DocumentNumber.Normalize).ToList();
            var ids = await db.Documents.AsNoTracking().Where(d => normalized.Contains(d.NormalizedNumber)).Select(d => d.Id).ToListAsync(ct);
            list.AddRange(ids.Where(id => list.All(l => l.Target != id)).Select(id => (id, RelationType.BasedOn)));
        }
        return list;
    }

    private async Task<int> AdminAlertsAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var cursor = await CursorAsync(AdminAlertsCursor, ct);
        var alerts = await db.AdminAlerts.AsNoTracking().Where(a => a.Id > cursor.LastId).OrderBy(a => a.Id).Take(500).ToListAsync(ct);
        if (alerts.Count == 0) return 0;
        var admins = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where r.Name == AdminRole
                            select ur.UserId).Distinct().ToListAsync(ct);
        var ids = alerts.Select(a => (long?)a.Id).ToList();
        var existing = (await db.AlertNotifications.Where(n => ids.Contains(n.AdminAlertId))
            .Select(n => new { n.UserId, n.AdminAlertId }).ToListAsync(ct)).Select(n => (n.UserId, n.AdminAlertId)).ToHashSet();
        var created = 0;
        foreach (var alert in alerts)
        {
            foreach (var admin in admins.Where(a => !existing.Contains((a, alert.Id))))
            {
                db.AlertNotifications.Add(new AlertNotification
                {
                    UserId = admin,
                    AdminAlertId = alert.Id,
                    CreatedAt = time.GetUtcNow(),
                    Title = Truncate("Cảnh báo thu thập: " + alert.Message, 1000),
                    Reason = Truncate($"Bạn là quản trị viên; nguồn {alert.Origin} cần được kiểm tra.", 2000),
                });
                created++;
            }
        }
        cursor.LastId = alerts[^1].Id;
        cursor.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return created;
    }

    private async Task<AlertCursor> CursorAsync(string name, CancellationToken ct)
    {
        var cursor = await db.AlertCursors.SingleOrDefaultAsync(c => c.Name == name, ct);
        if (cursor is null)
        {
            cursor = new AlertCursor { Name = name, UpdatedAt = time.GetUtcNow() };
            db.AlertCursors.Add(cursor);
        }
        return cursor;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
