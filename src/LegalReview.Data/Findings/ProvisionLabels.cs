namespace LegalReview.Data.Findings;

/// <summary>Readable Vietnamese reference for a stable id: "chuong-3/dieu-35/khoan-1" → "khoản 1 Điều 35".</summary>
public static class ProvisionLabels
{
    public static string Describe(string? stableId)
    {
        if (string.IsNullOrEmpty(stableId))
        {
            return "toàn văn bản";
        }

        var parts = new List<string>();
        foreach (var segment in stableId.Split('/'))
        {
            var dash = segment.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0)
            {
                continue;
            }

            var label = segment[(dash + 1)..].Replace("dd", "đ", StringComparison.Ordinal);
            var name = segment[..dash] switch
            {
                "dieu" => "Điều " + label,
                "khoan" => "khoản " + label,
                "diem" => "điểm " + label,
                _ => null,
            };
            if (name is not null)
            {
                parts.Insert(0, name);
            }
        }

        return parts.Count == 0 ? stableId : string.Join(" ", parts);
    }
}
