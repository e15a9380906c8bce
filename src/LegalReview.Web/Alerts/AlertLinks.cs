using System.Globalization;
using System.Security.Cryptography;
using LegalReview.Data.Alerts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Alerts;

/// <summary>Absolute links for mails and feeds; unsubscribe tokens signed with Data Protection (no login needed).</summary>
public sealed class AlertLinks(IOptions<AlertsOptions> options, IDataProtectionProvider protection) : IAlertLinks
{
    private const string Purpose = "LegalReview.Alerts.Unsubscribe.v1";

    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');

    public string Inbox() => Base + "/inbox";

    public string Notification(AlertNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.DocumentId is { } id ? $"{Base}/documents/{id}" : $"{Base}/inbox#n{notification.Id}";
    }

    public string Unsubscribe(long watchId) => $"{Base}/watches/unsubscribe?t={UnsubscribeToken(watchId)}";

    public string UnsubscribeToken(long watchId) =>
        protection.CreateProtector(Purpose).Protect(watchId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The watch id in a token from <see cref="UnsubscribeToken"/>; null when forged, damaged or from other keys.</summary>
    public long? ReadUnsubscribeToken(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        try
        {
            return long.Parse(protection.CreateProtector(Purpose).Unprotect(token), CultureInfo.InvariantCulture);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public string UserFeed(string token) => $"{Base}/alerts/feed/{token}";

    public string SearchFeed(string token) => $"{Base}/alerts/search-feed/{token}";
}
