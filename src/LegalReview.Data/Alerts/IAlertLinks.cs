namespace LegalReview.Data.Alerts;

/// <summary>Absolute addresses put into mails (the web app knows its public base URL and signs unsubscribe tokens).</summary>
public interface IAlertLinks
{
    string Inbox();

    string Notification(AlertNotification notification);

    /// <summary>Address that stops e-mail for <paramref name="watchId"/> without signing in (signed token).</summary>
    string Unsubscribe(long watchId);
}
