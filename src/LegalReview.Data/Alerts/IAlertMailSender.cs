namespace LegalReview.Data.Alerts;

/// <summary>Hands alert mail to a mail server (MailKit/SMTP in the web app).</summary>
public interface IAlertMailSender
{
    /// <summary>Sends <paramref name="mail"/>; throws <see cref="AlertMailException"/> saying whether a retry is safe.</summary>
    Task SendAsync(AlertMail mail, CancellationToken ct);
}
