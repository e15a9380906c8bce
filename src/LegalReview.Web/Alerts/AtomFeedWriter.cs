using System.Text;
using System.Xml;
using LegalReview.Data.Alerts;

namespace LegalReview.Web.Alerts;

/// <summary>Writes notifications as an Atom 1.0 feed (RFC 4287); entry ids are stable, so readers never show one twice.</summary>
public static class AtomFeedWriter
{
    public static string Write(string title, string selfUrl, string feedId, IReadOnlyList<AlertNotification> items, IAlertLinks links, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(links);
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", ns);
            xml.WriteElementString("id", ns, feedId);
            xml.WriteElementString("title", ns, title);
            xml.WriteElementString("updated", ns, Stamp(items.Count > 0 ? items.Max(i => i.CreatedAt) : now));
            Link(xml, ns, "self", selfUrl);
            Link(xml, ns, "alternate", links.Inbox());
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, "LegalReview");
            xml.WriteEndElement();
            foreach (var n in items)
            {
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("id", ns, $"urn:legalreview:alert:{n.Id}");
                xml.WriteElementString("title", ns, n.Title);
                xml.WriteElementString("updated", ns, Stamp(n.CreatedAt));
                Link(xml, ns, "alternate", links.Notification(n));
                xml.WriteElementString("summary", ns, n.Reason);
                xml.WriteStartElement("content", ns);
                xml.WriteAttributeString("type", "html");
                // Escaped HTML (type="html"): the snippet holds only encoded text and diff marks.
                xml.WriteString($"<p><i>{LegalReview.Core.Diffing.InlineDiff.Encode(n.Reason)}</i></p>{n.SnippetHtml}");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        // XmlWriter over a StringBuilder declares utf-16; the response is UTF-8.
        return sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
