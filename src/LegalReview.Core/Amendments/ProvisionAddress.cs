using System.Text;

namespace LegalReview.Core.Amendments;

/// <summary>
/// A structural address inside a target document as an amending instruction writes it ("điểm a khoản 2 Điều 7").
/// Labels are kept as written ("7a", "đ", "VIII"). <see cref="Heading"/> addresses the title ("tên Điều 9").
/// </summary>
public sealed record ProvisionAddress(
    string? Part = null,
    string? Chapter = null,
    string? Section = null,
    string? Article = null,
    string? Clause = null,
    string? Point = null,
    int? Paragraph = null,
    bool Heading = false,
    string? Annex = null)
{
    /// <summary>
    /// Article-relative stable id suffix, e.g. "dieu-9/khoan-1/diem-a" (chapter prefixes are not written in instructions,
    /// so they are omitted; the consolidator finds the article wherever it sits).
    /// </summary>
    public string Path
    {
        get
        {
            var parts = new List<string>();
            if (Article is null)
            {
                if (Part is not null) parts.Add("phan-" + LabelSlug(Part, roman: true));
                if (Chapter is not null) parts.Add("chuong-" + LabelSlug(Chapter, roman: true));
                if (Section is not null) parts.Add("muc-" + LabelSlug(Section));
            }
            if (Article is not null) parts.Add("dieu-" + LabelSlug(Article));
            if (Clause is not null) parts.Add("khoan-" + LabelSlug(Clause));
            if (Point is not null) parts.Add("diem-" + LabelSlug(Point));
            if (Annex is not null) parts.Add("phu-luc-" + LabelSlug(Annex));
            var path = string.Join('/', parts);
            if (Paragraph is not null) path += "/doan-" + Paragraph;
            return Heading ? path + "#ten" : path;
        }
    }

    /// <summary>True when no unit at all is named.</summary>
    public bool IsEmpty => Part is null && Chapter is null && Section is null && Article is null && Clause is null
        && Point is null && Annex is null;

    /// <summary>Vietnamese reading as in instructions and footnotes: "điểm a khoản 2 Điều 7".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        void Add(string s)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(s);
        }
        if (Heading) Add("tên");
        if (Paragraph is not null) Add("đoạn " + Paragraph);
        if (Point is not null) Add("điểm " + Point);
        if (Clause is not null) Add("khoản " + Clause);
        if (Article is not null) Add("Điều " + Article);
        if (Section is not null) Add("Mục " + Section);
        if (Chapter is not null) Add("Chương " + Chapter);
        if (Part is not null) Add("Phần " + Part);
        if (Annex is not null) Add("Phụ lục " + Annex);
        return sb.ToString();
    }

    /// <summary>Id form of a label: lower case, "đ" → "dd", Roman part/chapter numbers → Arabic when <paramref name="roman"/> ("III" → "3").</summary>
    public static string LabelSlug(string label, bool roman = false)
    {
        var l = label.Trim();
        if (roman && RomanNumerals.TryParse(l, out var n)) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return l.ToLowerInvariant().Replace("đ", "dd", StringComparison.Ordinal);
    }
}
