using LegalReview.Data.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Data.Tests.Alerts;

/// <summary>Daily and weekly digests on a fake clock, over notifications the matcher made from real imports.</summary>
public sealed class AlertDigestTests
{
    private const string BhytBase = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/base.txt";
    private const string BhytAmending = "amendments/bao-hiem-y-te_25-2008-QH12__46-2014-QH13/amending.txt";

    [Fact]
    public async Task SendDigestAsync_Daily_OneMailWithBothNotificationsThenNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var sender = await ArrangeAsync(database, AlertFrequency.Daily);

        var immediate = await Dispatcher(database, sender).SendImmediateAsync(CancellationToken.None);
        database.Time.Advance(TimeSpan.FromDays(1));
        var first = await Dispatcher(database, sender).SendDigestAsync(AlertFrequency.Daily, CancellationToken.None);
        var weekly = await Dispatcher(database, sender).SendDigestAsync(AlertFrequency.Weekly, CancellationToken.None);
        database.Time.Advance(TimeSpan.FromDays(1));
        var second = await Dispatcher(database, sender).SendDigestAsync(AlertFrequency.Daily, CancellationToken.None);

        immediate.Mails.ShouldBe(0);
        weekly.Mails.ShouldBe(0);
        first.Mails.ShouldBe(1);
        first.Notifications.ShouldBe(2);
        second.Mails.ShouldBe(0);
        var mail = sender.Sent.ShouldHaveSingleItem();
        mail.To.ShouldBe("reviewer@example.test");
        mail.Subject.ShouldContain("Tổng hợp ngày");
        mail.HtmlBody.ShouldContain("46/2014/QH13");
        mail.HtmlBody.ShouldContain("<ins>");
        mail.HtmlBody.ShouldContain("https://lr.test/alerts/unsubscribe/");
    }

    [Fact]
    public async Task SendDigestAsync_Weekly_OnlyNotificationsCreatedBeforeTheRunThenTheRest()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var sender = await ArrangeAsync(database, AlertFrequency.Weekly);
        database.Time.Advance(TimeSpan.FromDays(7));
        var first = await Dispatcher(database, sender).SendDigestAsync(AlertFrequency.Weekly, CancellationToken.None);

        // A notification the matcher dates after this run (the clock of another server) waits for next week.
        await using (var db = database.Context())
        {
            var watch = await db.AlertWatches.FirstAsync();
            db.AlertNotifications.Add(new AlertNotification
            {
                UserId = watch.UserId, WatchId = watch.Id, CreatedAt = database.Time.GetUtcNow().AddHours(1), Title = "Sau kỳ tổng hợp",
            });
            await db.SaveChangesAsync();
        }
        var same = await Dispatcher(database, sender).SendDigestAsync(AlertFrequency.Weekly, CancellationToken.None);
        database.Time.Advance(TimeSpan.FromDays(7));
        var next = await Dispatcher(database, sender).SendDigestAsync(AlertFrequency.Weekly, CancellationToken.None);

        first.Notifications.ShouldBe(2);
        same.Mails.ShouldBe(0);
        next.Notifications.ShouldBe(1);
        sender.Sent.Count.ShouldBe(2);
        sender.Sent[0].Subject.ShouldContain("Tổng hợp tuần");
        sender.Sent[1].HtmlBody.ShouldContain("Sau kỳ tổng hợp");
    }

    [Fact]
    public async Task SendImmediateAsync_ServerRejects_ReleasesClaimAndRetriesNextRun()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var sender = await ArrangeAsync(database, AlertFrequency.Immediate);
        sender.FailNext = new AlertMailException("550 mailbox unavailable", nothingSent: true);

        var failed = await Dispatcher(database, sender).SendImmediateAsync(CancellationToken.None);
        var retried = await Dispatcher(database, sender).SendImmediateAsync(CancellationToken.None);
        var again = await Dispatcher(database, sender).SendImmediateAsync(CancellationToken.None);

        failed.Failed.ShouldBe(1);
        failed.Mails.ShouldBe(1);
        retried.Mails.ShouldBe(1);
        again.Mails.ShouldBe(0);
        await using var db = database.Context();
        (await db.AlertDeliveries.CountAsync(d => d.SentAt != null)).ShouldBe(2);
    }

    [Fact]
    public async Task SendImmediateAsync_UnknownOutcome_KeepsClaimAndNeverResends()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var sender = await ArrangeAsync(database, AlertFrequency.Immediate);
        sender.FailNext = new AlertMailException("connection reset during DATA", nothingSent: false);

        await Dispatcher(database, sender).SendImmediateAsync(CancellationToken.None);
        await Dispatcher(database, sender).SendImmediateAsync(CancellationToken.None);

        sender.Sent.Count.ShouldBe(1);
        await using var db = database.Context();
        (await db.AlertDeliveries.CountAsync(d => d.SentAt == null)).ShouldBe(1);
    }

    private static async Task<RecordingSender> ArrangeAsync(TestDatabase database, AlertFrequency frequency)
    {
        var baseDoc = await database.ImportSampleAsync(BhytBase);
        await AlertMatcherTests.WatchAsync(database, baseDoc.DocumentId!.Value, "bảo hiểm y tế học sinh");
        await using (var db = database.Context())
        {
            await db.AlertWatches.ExecuteUpdateAsync(s => s.SetProperty(w => w.Frequency, frequency));
        }
        await AlertMatcherTests.RunAsync(database);
        await using (var db = database.Context()) await db.AlertNotifications.ExecuteDeleteAsync();
        await database.ImportSampleAsync(BhytAmending);
        await AlertMatcherTests.RunAsync(database);
        return new RecordingSender();
    }

    private static AlertDispatcher Dispatcher(TestDatabase database, RecordingSender sender) =>
        new(database.Context(), sender, new TestLinks(), database.Time, NullLogger<AlertDispatcher>.Instance);

    private sealed class TestLinks : IAlertLinks
    {
        public string Inbox() => "https://lr.test/inbox";
        public string Notification(AlertNotification notification) => $"https://lr.test/inbox#n{notification.Id}";
        public string Unsubscribe(long watchId) => $"https://lr.test/alerts/unsubscribe/{watchId}";
    }

    /// <summary>Records mails (the real SMTP path is covered by the web end-to-end test).</summary>
    private sealed class RecordingSender : IAlertMailSender
    {
        public List<AlertMail> Sent { get; } = [];
        public AlertMailException? FailNext { get; set; }

        public Task SendAsync(AlertMail mail, CancellationToken ct)
        {
            if (FailNext is { } fail)
            {
                FailNext = null;
                throw fail;
            }
            Sent.Add(mail);
            return Task.CompletedTask;
        }
    }
}
