using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Relations;

/// <summary>
/// Maps the relation labels of source sites (vbpl.vn "lược đồ" groups such as "Văn bản căn cứ", "Văn bản được hướng
/// dẫn", "Văn bản bị thay thế") to a <see cref="RelationType"/> and a direction. Labels are written from the crawled
/// document's side: "Văn bản bị sửa đổi" lists documents this one amends (outgoing), "Văn bản sửa đổi" lists documents
/// that amend this one (incoming). Unknown labels ("Văn bản liên quan") give null: no edge is invented.
/// </summary>
public static class CrawledRelationLabels
{
    private static readonly (string Stem, RelationType Type)[] Stems =
    [
        ("sửa đổi bổ sung", RelationType.Amends),
        ("sửa đổi", RelationType.Amends),
        ("bổ sung", RelationType.Supplements),
        ("thay thế", RelationType.Replaces),
        ("hết hiệu lực 1 phần", RelationType.RepealsPart),
        ("hết hiệu lực một phần", RelationType.RepealsPart),
        ("bãi bỏ 1 phần", RelationType.RepealsPart),
        ("bãi bỏ một phần", RelationType.RepealsPart),
        ("hết hiệu lực", RelationType.RepealsWhole),
        ("bãi bỏ", RelationType.RepealsWhole),
        ("đình chỉ 1 phần", RelationType.Suspends),
        ("đình chỉ một phần", RelationType.Suspends),
        ("đình chỉ", RelationType.Suspends),
        ("hướng dẫn", RelationType.Guides),
        ("quy định chi tiết", RelationType.Guides),
        ("dẫn chiếu", RelationType.Cites),
    ];

    /// <summary>The edge type and whether the crawled document is its target (<c>Incoming</c>); null for labels without a clear meaning.</summary>
    public static (RelationType Type, bool Incoming)? Map(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var l = VietnameseText.CollapseWhitespace(VietnameseText.NormalizeUnicode(label)).ToLowerInvariant().Replace(",", "", StringComparison.Ordinal);
        if (l.StartsWith("văn bản ", StringComparison.Ordinal)) l = l["văn bản ".Length..];
        if (l is "căn cứ" or "được căn cứ") return l == "căn cứ" ? (RelationType.BasedOn, false) : (RelationType.BasedOn, true);
        // "bị …" / "được …": the listed documents undergo the action of this one.
        var passive = l.StartsWith("bị ", StringComparison.Ordinal) || l.StartsWith("được ", StringComparison.Ordinal);
        var verb = passive ? l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..] : l;
        foreach (var (stem, type) in Stems)
        {
            if (verb == stem) return (type, !passive);
        }
        return null;
    }
}
