using LegalReview.Data.Alerts;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LegalReview.Web.Alerts;

/// <summary>Sends alert mail with MailKit to the SMTP server of "Alerts:Smtp".</summary>
public sealed class SmtpAlertMailSender(IOptions<AlertsOptions> options, ILogger<SmtpAlertMailSender> logger) : IAlertMailSender
{
    public async Task SendAsync(AlertMail mail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new AlertMailException("E-mail is not configured (Alerts:Smtp:Host is empty).", nothingSent: true);
        }

        var message = Build(mail, smtp);
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.TlsMode, ignoreCase: true), ct);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nothing was handed over yet: safe to retry later.
            throw new AlertMailException($"Cannot reach or log in to {smtp.Host}:{smtp.Port}: {ex.Message}", nothingSent: true, ex);
        }

        try
        {
            await client.SendAsync(message, ct);
        }
        catch (SmtpCommandException ex)
        {
            // The server answered with an error code: it did not take the message.
            throw new AlertMailException($"SMTP server refused the message: {ex.StatusCode} {ex.Message}", nothingSent: true, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The connection broke mid-way: the server may have the message; resending could duplicate it.
            throw new AlertMailException($"Sending was interrupted: {ex.Message}", nothingSent: false, ex);
        }

        try
        {
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is ServiceNotConnectedException or IOException)
        {
            logger.LogDebug(ex, "SMTP disconnect failed after a successful send");
        }
    }

    private static MimeMessage Build(AlertMail mail, SmtpOptions smtp)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        if (mail.UnsubscribeUrl is { } url)
        {
            // RFC 2369: mail clients show an "unsubscribe" action opening the same page as the link in the body. No RFC 8058
            // one-click POST: every POST here carries an antiforgery token, so the page asks for one confirming click.
            message.Headers.Add("List-Unsubscribe", $"<{url}>");
        }
        message.Body = new BodyBuilder { HtmlBody = mail.HtmlBody, TextBody = mail.TextBody }.ToMessageBody();
        return message;
    }
}
