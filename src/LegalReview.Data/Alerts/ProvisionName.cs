namespace LegalReview.Data.Alerts;

/// <summary>Vietnamese name of a provision from its stable id: "chuong-2/dieu-12/khoan-1" → "Khoản 1 Điều 12".</summary>
public static class ProvisionName
{
    public static string Of(string stableId)
    {
        if (string.IsNullOrEmpty(stableId)) return "Văn bản";
        var parts = new List<string>();
        var segments = stableId.Split('/');
        var hasArticle = segments.Any(s => s.StartsWith("dieu-", StringComparison.Ordinal));
        foreach (var segment in segments.Reverse())
        {
            var dash = segment.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0) continue;
            var (prefix, label) = (segment[..dash], segment[(dash + 1)..]);
            var name = prefix switch
            {
                "diem" => "Điểm",
                "khoan" => "Khoản",
                "dieu" => "Điều",
                // Chapter and section add nothing once the article is named (article numbers run through the law).
                "chuong" when !hasArticle => "Chương",
                "muc" when !hasArticle => "Mục",
                "phan" when !hasArticle => "Phần",
                "phu-luc" or "phuluc" => "Phụ lục",
                _ => null,
            };
            if (name is null) continue;
            // Chapters are numbered in Roman numerals ("Chương III"); articles and points keep their case ("7a", "đ").
            parts.Add($"{name} {(prefix is "chuong" or "phan" ? label.ToUpperInvariant() : label)}");
        }
        return parts.Count == 0 ? stableId : string.Join(' ', parts);
    }
}
