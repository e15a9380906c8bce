namespace LegalReview.Data.Alerts;

/// <summary>One e-mail to send: recipient, subject, HTML and plain bodies, and the one-click unsubscribe address.</summary>
public sealed record AlertMail(string To, string Subject, string HtmlBody, string TextBody, string? UnsubscribeUrl);
