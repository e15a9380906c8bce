namespace LegalReview.Data.Alerts;

/// <summary>What one dispatch run did: mails sent, notifications they carried, mails that failed.</summary>
public sealed record AlertDispatchResult(int Mails, int Notifications, int Failed);
