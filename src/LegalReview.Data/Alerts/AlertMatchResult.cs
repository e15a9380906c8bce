namespace LegalReview.Data.Alerts;

/// <summary>What one matcher run did.</summary>
public sealed record AlertMatchResult(int Events, int Notifications, int AdminNotifications, long LastEventId);
