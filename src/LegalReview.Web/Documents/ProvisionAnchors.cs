using LegalReview.Core.Documents;

namespace LegalReview.Web.Documents;

/// <summary>
/// HTML anchors of provisions. The full stable id ("chuong-3/dieu-35/khoan-1") is the canonical anchor; a short
/// alias starting at the article ("dieu-35/khoan-1") lets a reader jump without knowing the chapter.
/// </summary>
public static class ProvisionAnchors
{
    /// <returns>The alias from the article segment on, or null when it would equal the stable id or there is no article.</returns>
    public static string? ShortAlias(string stableId)
    {
        var index = stableId.StartsWith("dieu-", StringComparison.Ordinal) ? 0 : stableId.IndexOf("/dieu-", StringComparison.Ordinal);
        return index <= 0 ? null : stableId[(index + 1)..];
    }

    /// <summary>Anchor for "Điều 35 khoản 1 điểm a" style input; null when no article is given.</summary>
    public static string? FromParts(string? article, string? clause, string? point)
    {
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToLowerInvariant()
            .Replace("đ", "dd", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

        var a = Clean(article);
        if (a is null)
        {
            return null;
        }

        var anchor = "dieu-" + a;
        if (Clean(clause) is { } c)
        {
            anchor += "/khoan-" + c;
            if (Clean(point) is { } p)
            {
                anchor += "/diem-" + p;
            }
        }

        return anchor;
    }

    /// <summary>Heading line of a unit as Vietnamese readers write it: "Chương III", "Điều 35.", "1.", "a)".</summary>
    public static string LabelText(Provision p) => p.Kind switch
    {
        ProvisionKind.Part => $"Phần {p.Label}",
        ProvisionKind.Chapter => $"Chương {p.Label}",
        ProvisionKind.Section => $"Mục {p.Label}",
        ProvisionKind.Subsection => $"Tiểu mục {p.Label}",
        ProvisionKind.Article => $"Điều {p.Label}.",
        ProvisionKind.Clause => $"{p.Label}.",
        _ => $"{p.Label})",
    };
}
