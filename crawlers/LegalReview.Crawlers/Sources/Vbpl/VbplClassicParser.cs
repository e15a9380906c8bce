using System.Text.RegularExpressions;
using HtmlAgilityPack;
using LegalReview.Crawlers.Parsing;

namespace LegalReview.Crawlers.Sources.Vbpl;

/// <summary>Parsers of the classic vbpl.vn pages (listing, thuộc tính, toàn văn, lịch sử, lược đồ). Selectors: <see cref="VbplSelectors"/>.</summary>
public static partial class VbplClassicParser
{
    private const string Source = VbplCrawler.Id;

    /// <summary>The page kind by its markers: listing, properties, fulltext, history, relations; null when none matches.</summary>
    public static string? DetectKind(HtmlDocument doc)
    {
        var root = doc.DocumentNode;
        if (root.SelectSingleNode(VbplSelectors.ListingList) is not null) return "listing";
        if (root.SelectSingleNode(VbplSelectors.Properties) is not null) return "properties";
        if (root.SelectSingleNode(VbplSelectors.FullText) is not null || root.SelectSingleNode(VbplSelectors.PdfOnlyFiles) is not null) return "fulltext";
        if (root.SelectSingleNode(VbplSelectors.History) is not null) return "history";
        if (root.SelectSingleNode(VbplSelectors.Relations) is not null) return "relations";
        return null;
    }

    /// <summary>Document links (classic and new-style) and the next listing page.</summary>
    public static IReadOnlyList<PageLink> ParseListing(Uri pageUrl, HtmlDocument doc)
    {
        var list = doc.DocumentNode.SelectSingleNode(VbplSelectors.ListingList)
            ?? throw new PageLayoutException(Source, "listing", "no ul.listLaw");
        var links = new List<PageLink>();
        foreach (var item in list.SelectNodes(VbplSelectors.ListingItems) ?? Enumerable.Empty<HtmlNode>())
        {
            var anchor = item.SelectSingleNode(VbplSelectors.ListingItemLink)
                ?? throw new PageLayoutException(Source, "listing", "a listing item has no p.title link");
            var url = Absolute(pageUrl, anchor.GetAttributeValue("href", ""));
            if (VbplUrls.ParseClassic(url) is null && VbplUrls.ParseUuid(url) is null)
                throw new PageLayoutException(Source, "listing", $"unexpected document link {url}");
            var facts = (item.SelectNodes(VbplSelectors.ListingItemFacts) ?? Enumerable.Empty<HtmlNode>())
                .Select(p => HtmlText.InnerText(p)).ToList();
            string? Fact(string label) => facts.FirstOrDefault(f => f.StartsWith(label, StringComparison.Ordinal))?[label.Length..].Trim(' ', ':');
            var heading = HtmlText.InnerText(anchor);
            var metadata = new DocumentMetadata(
                Number: NumberIn(heading),
                Title: HtmlText.InnerText(item.SelectSingleNode(VbplSelectors.ListingItemDescription)) is { Length: > 0 } d ? d : heading,
                IssuedOn: VietnameseDates.Parse(Fact("Ban hành")),
                EffectiveOn: VietnameseDates.Parse(Fact("Hiệu lực")),
                ValidityStatusText: Fact("Trạng thái"));
            links.Add(new PageLink(url, "document", heading, metadata));
        }
        if (doc.DocumentNode.SelectSingleNode(VbplSelectors.ListingNextPage) is { } next)
            links.Add(new PageLink(Absolute(pageUrl, next.GetAttributeValue("href", "")), "listing", HtmlText.InnerText(next)));
        return links;
    }

    /// <summary>The properties table (thuộc tính).</summary>
    public static DocumentMetadata ParseProperties(HtmlDocument doc)
    {
        var box = doc.DocumentNode.SelectSingleNode(VbplSelectors.Properties)
            ?? throw new PageLayoutException(Source, "properties", "no div.vbProperties");
        var title = HtmlText.InnerText(box.SelectSingleNode(VbplSelectors.PropertiesTitle));
        var cells = (box.SelectNodes(VbplSelectors.PropertiesCells) ?? Enumerable.Empty<HtmlNode>()).ToList();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? issuer = null, signer = null;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!cells[i].GetClasses().Contains("label")) continue;
            var label = HtmlText.InnerText(cells[i]).TrimEnd(':', ' ');
            if (label.StartsWith(VbplSelectors.LabelIssuerRoleSigner, StringComparison.Ordinal))
            {
                issuer = Value(cells, i + 1);
                var role = Value(cells, i + 2);
                signer = Value(cells, i + 3);
                if (role is not null) fields["Chức danh"] = role;
                i += 3;
                continue;
            }
            if (Value(cells, i + 1) is { } value) fields[label] = value;
            i++;
        }
        if (!fields.TryGetValue(VbplSelectors.LabelNumber, out var number) && title.Length == 0)
            throw new PageLayoutException(Source, "properties", $"neither a title nor '{VbplSelectors.LabelNumber}'");
        fields.TryGetValue(VbplSelectors.LabelType, out var type);
        fields.TryGetValue(VbplSelectors.LabelStatus, out var status);
        var metadata = new DocumentMetadata(
            number, type, issuer, signer, title.Length > 0 ? title : null,
            VietnameseDates.Parse(fields.GetValueOrDefault(VbplSelectors.LabelIssued)),
            VietnameseDates.Parse(fields.GetValueOrDefault(VbplSelectors.LabelEffective)),
            status,
            fields.Where(f => f.Key is not (VbplSelectors.LabelNumber or VbplSelectors.LabelType or VbplSelectors.LabelIssued
                    or VbplSelectors.LabelEffective or VbplSelectors.LabelStatus))
                .ToDictionary(f => f.Key, f => f.Value));
        return metadata;
    }

    /// <summary>Full text paragraphs, or (PDF-only documents) the attached files.</summary>
    public static (IReadOnlyList<string> Paragraphs, IReadOnlyList<Uri> Attachments) ParseFullText(Uri pageUrl, HtmlDocument doc)
    {
        var attachments = (doc.DocumentNode.SelectNodes(VbplSelectors.PdfOnlyFiles) ?? Enumerable.Empty<HtmlNode>())
            .Select(a => Absolute(pageUrl, a.GetAttributeValue("href", ""))).Distinct().ToList();
        var content = doc.DocumentNode.SelectSingleNode(VbplSelectors.FullText);
        if (content is null && attachments.Count == 0)
            throw new PageLayoutException(Source, "fulltext", "no div#toanvancontent and no attached file");
        var paragraphs = content is null ? [] : HtmlText.Paragraphs(content);
        if (content is not null && paragraphs.Count == 0 && attachments.Count == 0)
            throw new PageLayoutException(Source, "fulltext", "div#toanvancontent is empty");
        return (paragraphs, attachments);
    }

    /// <summary>History rows (lịch sử) as "date | status | source | part" strings, oldest first as printed.</summary>
    public static IReadOnlyList<string> ParseHistory(HtmlDocument doc)
    {
        var box = doc.DocumentNode.SelectSingleNode(VbplSelectors.History)
            ?? throw new PageLayoutException(Source, "history", "no div.vbLichSu");
        return (box.SelectNodes(VbplSelectors.HistoryRows) ?? Enumerable.Empty<HtmlNode>())
            .Select(row => string.Join(" | ", (row.SelectNodes("./td") ?? Enumerable.Empty<HtmlNode>()).Select(HtmlText.InnerText)))
            .Where(r => r.Trim('|', ' ').Length > 0)
            .ToList();
    }

    /// <summary>Relations (lược đồ), grouped by the diagram's relation labels.</summary>
    public static IReadOnlyList<DocumentRelation> ParseRelations(Uri pageUrl, HtmlDocument doc)
    {
        var box = doc.DocumentNode.SelectSingleNode(VbplSelectors.Relations)
            ?? throw new PageLayoutException(Source, "relations", "no div.vbLuocDo");
        var relations = new List<DocumentRelation>();
        foreach (var group in box.SelectNodes(VbplSelectors.RelationGroups) ?? Enumerable.Empty<HtmlNode>())
        {
            var type = HtmlText.InnerText(group.SelectSingleNode(VbplSelectors.RelationGroupTitle));
            if (type.Length == 0) throw new PageLayoutException(Source, "relations", "a relation group has no title");
            foreach (var item in group.SelectNodes(VbplSelectors.RelationItems) ?? Enumerable.Empty<HtmlNode>())
            {
                var anchor = item.SelectSingleNode(".//a[@href]");
                var numberNode = item.SelectSingleNode(VbplSelectors.RelationItemNumber);
                var title = HtmlText.InnerText(anchor ?? item);
                var number = numberNode is not null ? HtmlText.InnerText(numberNode) : NumberIn(title);
                relations.Add(new DocumentRelation(type, number, title,
                    anchor is null ? null : Absolute(pageUrl, anchor.GetAttributeValue("href", ""))));
            }
        }
        return relations;
    }

    /// <summary>A document number (số ký hiệu) inside a text, e.g. "45/2019/QH14", "12/2025/QĐ-UBND".</summary>
    public static string? NumberIn(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var match = Number().Match(text);
        return match.Success ? match.Value : null;
    }

    private static string? Value(List<HtmlNode> cells, int index) =>
        index < cells.Count && !cells[index].GetClasses().Contains("label") && HtmlText.InnerText(cells[index]) is { Length: > 0 } v ? v : null;

    internal static Uri Absolute(Uri pageUrl, string href) => new(pageUrl, HtmlEntity.DeEntitize(href));

    [GeneratedRegex(@"\b\d+[a-zA-Z]?/(?:\d{4}/)?[A-ZĐ][A-ZĐ0-9]*(?:[-–][A-ZĐ0-9]+)*\b")]
    private static partial Regex Number();
}
