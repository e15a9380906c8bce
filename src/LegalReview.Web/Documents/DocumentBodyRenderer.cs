using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using LegalReview.Core.Documents;

namespace LegalReview.Web.Documents;

/// <summary>
/// Renders the <see cref="DocumentBody"/> of a version: the markup the document page's Razor template used to build
/// per request, with the same encoder as Razor (so the text is encoded exactly as elsewhere on the page). The
/// "Theo dõi" button of each article is a plain button of the page's one watch form (id
/// <see cref="WatchFormId"/>, holding the user's antiforgery token), so no per-user token sits in the body.
/// </summary>
public sealed class DocumentBodyRenderer(HtmlEncoder encoder)
{
    /// <summary>Id of the page's watch form that the articles' buttons submit.</summary>
    public const string WatchFormId = "watch-provision";

    public DocumentBody Render(
        long documentId, IReadOnlyList<Provision> provisions, string versionQuery,
        IReadOnlyDictionary<string, IReadOnlyList<string>> notes)
    {
        ArgumentNullException.ThrowIfNull(provisions);
        ArgumentNullException.ThrowIfNull(notes);
        var toc = new StringWriter(new StringBuilder(provisions.Count * 64));
        foreach (var p in provisions)
        {
            if (p.Kind <= ProvisionKind.Article)
            {
                toc.Write("<li class=\"toc-");
                toc.Write(KindName(p.Kind));
                toc.Write("\"><a href=\"#");
                encoder.Encode(toc, p.StableId);
                toc.Write("\">");
                encoder.Encode(toc, ProvisionAnchors.LabelText(p));
                if (p.Heading is not null)
                {
                    encoder.Encode(toc, " " + p.Heading);
                }

                toc.Write("</a></li>\n");
            }
        }

        // Unit by unit into one UTF-8 buffer, remembering where each unit's closing tag starts.
        var bytes = new ArrayBufferWriter<byte>(provisions.Sum(p => p.Text.Length) * 2 + provisions.Count * 200);
        var unitEnds = new Dictionary<string, int>(provisions.Count, StringComparer.Ordinal);
        var unit = new StringWriter(new StringBuilder(1024));
        foreach (var p in provisions)
        {
            unit.GetStringBuilder().Clear();
            WriteUnitOpening(unit, documentId, p, versionQuery, notes);
            Append(bytes, unit.ToString());
            unitEnds[p.StableId] = bytes.WrittenCount;
            Append(bytes, "</div>\n");
        }

        return new DocumentBody(Encoding.UTF8.GetBytes(toc.ToString()), bytes.WrittenSpan.ToArray(), unitEnds);
    }

    private void WriteUnitOpening(
        StringWriter w, long documentId, Provision p, string versionQuery, IReadOnlyDictionary<string, IReadOnlyList<string>> notes)
    {
        var label = ProvisionAnchors.LabelText(p);
        if (ProvisionAnchors.ShortAlias(p.StableId) is { } alias)
        {
            w.Write("<span id=\"");
            encoder.Encode(w, alias);
            w.Write("\" class=\"alias\"></span>\n");
        }

        w.Write("<div id=\"");
        encoder.Encode(w, p.StableId);
        w.Write("\" class=\"unit unit-");
        w.Write(KindName(p.Kind));
        w.Write("\">\n");
        if (p.Kind <= ProvisionKind.Subsection)
        {
            w.Write("<h3 class=\"unit-title\">");
            encoder.Encode(w, label);
            if (p.Heading is not null)
            {
                w.Write("<span class=\"unit-heading\">");
                encoder.Encode(w, p.Heading);
                w.Write("</span>");
            }

            w.Write("</h3>\n");
        }
        else if (p.Kind == ProvisionKind.Article)
        {
            WriteArticleTitle(w, documentId, p, label, versionQuery);
        }

        var lines = p.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var labelled = p.Kind > ProvisionKind.Article;
        for (var i = 0; i < lines.Length; i++)
        {
            w.Write("<p>");
            if (labelled && i == 0)
            {
                WriteLabelLink(w, p, label);
                w.Write(' ');
            }

            encoder.Encode(w, lines[i]);
            w.Write("</p>\n");
        }

        if (lines.Length == 0 && labelled)
        {
            w.Write("<p>");
            WriteLabelLink(w, p, label);
            w.Write("</p>\n");
        }

        if (notes.TryGetValue(p.StableId, out var unitNotes))
        {
            foreach (var note in unitNotes)
            {
                w.Write("<p class=\"vbhn-note\">");
                encoder.Encode(w, note);
                w.Write("</p>\n");
            }
        }
    }

    private void WriteArticleTitle(StringWriter w, long documentId, Provision p, string label, string versionQuery)
    {
        var id = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        w.Write("<h4 class=\"unit-title\"><span class=\"label\">");
        encoder.Encode(w, label);
        w.Write("</span> ");
        encoder.Encode(w, p.Heading ?? "");
        w.Write(" <a class=\"permalink\" href=\"/documents/");
        w.Write(id);
        w.Write("/p/");
        encoder.Encode(w, p.StableId);
        encoder.Encode(w, versionQuery);
        w.Write("\" title=\"Liên kết tới ");
        encoder.Encode(w, label);
        w.Write("\">#</a> <a class=\"permalink\" href=\"/documents/");
        w.Write(id);
        w.Write("/timeline?p=");
        encoder.Encode(w, Uri.EscapeDataString(p.StableId));
        w.Write("\" title=\"Lịch sử sửa đổi của ");
        encoder.Encode(w, label);
        w.Write("\">Lịch sử</a> ");
        // Kind and document id are fields of the page's watch form; the button adds what differs per article: its
        // name/value pair is posted with the form (as the old per-article hidden field was) and the way back goes in
        // the address it posts to.
        w.Write("<button type=\"submit\" form=\"" + WatchFormId + "\" name=\"provisionId\" value=\"");
        encoder.Encode(w, p.StableId);
        w.Write("\" formaction=\"");
        encoder.Encode(w, "/watches?handler=create&returnUrl=" + Uri.EscapeDataString($"/documents/{id}#{p.StableId}"));
        w.Write("\" class=\"permalink link-like alerts-watch-button alerts-compact\" title=\"Nhận thông báo khi có thay đổi\">Theo dõi</button></h4>\n");
    }

    private void WriteLabelLink(StringWriter w, Provision p, string label)
    {
        w.Write("<a class=\"label\" href=\"#");
        encoder.Encode(w, p.StableId);
        w.Write("\">");
        encoder.Encode(w, label);
        w.Write("</a>");
    }

    private static void Append(ArrayBufferWriter<byte> bytes, ReadOnlySpan<char> text)
    {
        var written = Encoding.UTF8.GetBytes(text, bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        bytes.Advance(written);
    }

    private static string KindName(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Part => "part",
        ProvisionKind.Chapter => "chapter",
        ProvisionKind.Section => "section",
        ProvisionKind.Subsection => "subsection",
        ProvisionKind.Article => "article",
        ProvisionKind.Clause => "clause",
        ProvisionKind.Point => "point",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
