using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LegalReview.Data.Alerts;

/// <summary>
/// E-mails notifications: immediately (one mail per notification of an "immediate" watch, and every admin alert) or
/// as a daily/weekly digest per user. Each mail first claims its notifications with <see cref="AlertDelivery"/> rows
/// (unique per notification and channel) in a committed transaction, then sends, then stamps SentAt. A retried or
/// concurrent job finds the claim and sends nothing again. A crash between claim and send loses that mail rather
/// than risking a duplicate (at-most-once; the unconfirmed claim stays visible with SentAt null); a failure the
/// server reports before taking the message releases the claim so the next run retries.
/// </summary>
public sealed class AlertDispatcher(
    LegalReviewDbContext db, IAlertMailSender sender, IAlertLinks links, TimeProvider time, ILogger<AlertDispatcher> logger)
{
    public const string EmailChannel = "email";

    /// <summary>Sends every unsent notification of immediate watches and every unsent admin alert notification.</summary>
    public async Task<AlertDispatchResult> SendImmediateAsync(CancellationToken ct)
    {
        var pending = await PendingAsync(ct);
        var items = pending.Where(p => p.Watch is null ? p.Notification.AdminAlertId is not null : p.Watch.Frequency == AlertFrequency.Immediate).ToList();
        var (mails, sent, failed) = (0, 0, 0);
        foreach (var (n, watch, email) in items)
        {
            if (await SendAsync([n], AlertMailComposer.Single(email, n, watch, links), ct)) { mails++; sent++; } else failed++;
        }
        return new AlertDispatchResult(mails, sent, failed);
    }

    /// <summary>One digest mail per user with every unsent notification of their <paramref name="frequency"/> watches.</summary>
    public async Task<AlertDispatchResult> SendDigestAsync(AlertFrequency frequency, CancellationToken ct)
    {
        if (frequency is not (AlertFrequency.Daily or AlertFrequency.Weekly)) throw new ArgumentOutOfRangeException(nameof(frequency));
        var pending = (await PendingAsync(ct)).Where(p => p.Watch?.Frequency == frequency).ToList();
        var (mails, sent, failed) = (0, 0, 0);
        foreach (var user in pending.GroupBy(p => p.Notification.UserId))
        {
            var list = user.OrderBy(p => p.Notification.Id).ToList();
            var watches = list.Select(p => p.Watch!).DistinctBy(w => w.Id).ToList();
            var mail = AlertMailComposer.Digest(list[0].Email, frequency, list.Select(p => p.Notification).ToList(), watches, links);
            if (await SendAsync(list.Select(p => p.Notification).ToList(), mail, ct)) { mails++; sent += list.Count; } else failed++;
        }
        return new AlertDispatchResult(mails, sent, failed);
    }

    /// <summary>Notifications created up to now with no e-mail marker, whose user has an e-mail address.</summary>
    private async Task<List<(AlertNotification Notification, Watch? Watch, string Email)>> PendingAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var now = time.GetUtcNow();
        var rows = await (from n in db.AlertNotifications.AsNoTracking().Include(n => n.Watch)
                          join u in db.Users on n.UserId equals u.Id
                          where u.Email != null && u.Email != ""
                                && !db.AlertDeliveries.Any(d => d.NotificationId == n.Id && d.Channel == EmailChannel)
                          orderby n.Id
                          select new { n, u.Email }).ToListAsync(ct);
        // SQLite cannot order or compare DateTimeOffset in SQL; the pending set is small, so the clock check is here.
        return rows.Where(r => r.n.CreatedAt <= now).Select(r => (r.n, r.n.Watch, r.Email!)).ToList();
    }

    private async Task<bool> SendAsync(IReadOnlyList<AlertNotification> notifications, AlertMail mail, CancellationToken ct)
    {
        var batch = Guid.NewGuid().ToString("N");
        var claimed = notifications.Select(n => new AlertDelivery
        {
            NotificationId = n.Id, Channel = EmailChannel, ClaimedAt = time.GetUtcNow(), Batch = batch,
        }).ToList();
        db.ChangeTracker.Clear();
        db.AlertDeliveries.AddRange(claimed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another run claimed (some of) these first: it sends them, this one must not.
            logger.LogInformation("Alert mail batch skipped: already claimed by another run");
            db.ChangeTracker.Clear();
            return false;
        }

        try
        {
            await sender.SendAsync(mail, ct);
        }
        catch (AlertMailException ex)
        {
            if (ex.NothingSent)
            {
                await db.AlertDeliveries.Where(d => d.Batch == batch).ExecuteDeleteAsync(CancellationToken.None);
            }
            logger.LogWarning("Alert mail to user of {Count} notifications failed (retry: {Retry}): {Reason}",
                notifications.Count, ex.NothingSent, ex.Message);
            return false;
        }

        var sentAt = time.GetUtcNow();
        await db.AlertDeliveries.Where(d => d.Batch == batch).ExecuteUpdateAsync(s => s.SetProperty(d => d.SentAt, sentAt), CancellationToken.None);
        return true;
    }
}
