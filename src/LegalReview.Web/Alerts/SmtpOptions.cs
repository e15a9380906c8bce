using System.ComponentModel.DataAnnotations;

namespace LegalReview.Web.Alerts;

/// <summary>SMTP server for alert mail ("Alerts:Smtp"). User and password come from configuration or environment only.</summary>
public sealed class SmtpOptions
{
    /// <summary>Empty host: e-mail is off (inbox and feeds still work).</summary>
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    [EmailAddress]
    public string From { get; set; } = "legalreview@localhost";

    public string FromName { get; set; } = "LegalReview";

    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string TlsMode { get; set; } = "StartTlsWhenAvailable";

    public string? User { get; set; }
    public string? Password { get; set; }

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
}
