using System.Net;
using System.Text;
using LegalReview.Core.Diffing;
using System.Text.RegularExpressions;

namespace LegalReview.Data.Alerts;

/// <summary>Builds the Vietnamese alert mails: one notification (immediate) or a digest of several.</summary>
public static partial class AlertMailComposer
{
    public static AlertMail Single(string to, AlertNotification n, Watch? watch, IAlertLinks links)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(links);
        var unsubscribe = watch is null ? null : links.Unsubscribe(watch.Id);
        return new AlertMail(to, "[LegalReview] " + n.Title, Html([n], watch is null ? [] : [watch], links), Text([n], links, unsubscribe), unsubscribe);
    }

    public static AlertMail Digest(string to, AlertFrequency frequency, IReadOnlyList<AlertNotification> items, IReadOnlyList<Watch> watches, IAlertLinks links)
    {
        var subject = $"[LegalReview] {(frequency == AlertFrequency.Weekly ? "Tổng hợp tuần" : "Tổng hợp ngày")}: {items.Count} thông báo";
        var unsubscribe = watches.Count == 1 ? links.Unsubscribe(watches[0].Id) : null;
        return new AlertMail(to, subject, Html(items, watches, links), Text(items, links, unsubscribe), unsubscribe);
    }

    private static string Html(IReadOnlyList<AlertNotification> items, IReadOnlyList<Watch> watches, IAlertLinks links)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><body>");
        foreach (var n in items)
        {
            sb.Append("<h2><a href=\"").Append(InlineDiff.Encode(links.Notification(n))).Append("\">")
                .Append(InlineDiff.Encode(n.Title)).Append("</a></h2>");
            sb.Append("<p><i>").Append(InlineDiff.Encode(n.Reason)).Append("</i></p>");
            // SnippetHtml holds only encoded text and <p>/<b>/<br>/<del>/<ins> marks (NotificationText, InlineDiff).
            sb.Append(n.SnippetHtml);
        }
        sb.Append("<hr><p><a href=\"").Append(InlineDiff.Encode(links.Inbox())).Append("\">Mở hộp thông báo</a></p>");
        foreach (var w in watches)
        {
            sb.Append("<p>Không muốn nhận thư cho «").Append(InlineDiff.Encode(w.Name)).Append("»? <a href=\"")
                .Append(InlineDiff.Encode(links.Unsubscribe(w.Id))).Append("\">Hủy nhận thư</a></p>");
        }
        return sb.Append("</body></html>").ToString();
    }

    private static string Text(IReadOnlyList<AlertNotification> items, IAlertLinks links, string? unsubscribe)
    {
        var sb = new StringBuilder();
        foreach (var n in items)
        {
            sb.AppendLine(n.Title).AppendLine(n.Reason);
            var plain = WebUtility.HtmlDecode(Tags().Replace(n.SnippetHtml.Replace("</p>", "\n", StringComparison.Ordinal), ""));
            sb.AppendLine(plain.Trim()).AppendLine(links.Notification(n)).AppendLine();
        }
        sb.AppendLine("Hộp thông báo: " + links.Inbox());
        if (unsubscribe is not null) sb.AppendLine("Hủy nhận thư: " + unsubscribe);
        return sb.ToString();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
