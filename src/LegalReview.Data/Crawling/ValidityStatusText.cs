using System.Globalization;
using System.Text;
using LegalReview.Core.Documents;

namespace LegalReview.Data.Crawling;

/// <summary>Maps the validity status text sources print (tình trạng hiệu lực) to <see cref="Validity"/>.</summary>
public static class ValidityStatusText
{
    /// <summary>
    /// The status for <paramref name="text"/> (case, tone marks and spacing ignored), or null when the text is empty
    /// or not a known status (an unknown text must not overwrite a known status).
    /// </summary>
    public static Validity? Map(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = Fold(text);
        // Order matters: "het hieu luc mot phan" contains "het hieu luc", "chua co hieu luc" contains "co hieu luc".
        if (t.Contains("ngung hieu luc mot phan", StringComparison.Ordinal)) return Validity.PartlySuspended;
        if (t.Contains("ngung thi hanh", StringComparison.Ordinal)) return Validity.EnforcementSuspended;
        if (t.Contains("ngung hieu luc", StringComparison.Ordinal)) return Validity.Suspended;
        if (t.Contains("het hieu luc mot phan", StringComparison.Ordinal)) return Validity.PartlyExpired;
        if (t.Contains("het hieu luc", StringComparison.Ordinal)) return Validity.Expired;
        if (t.Contains("chua co hieu luc", StringComparison.Ordinal)) return Validity.NotYetInForce;
        if (t.Contains("con hieu luc", StringComparison.Ordinal) || t.Contains("dang co hieu luc", StringComparison.Ordinal)
            || t == "co hieu luc") return Validity.InForce;
        return null;
    }

    /// <summary>Vietnamese label of a status, for change summaries.</summary>
    public static string Label(Validity validity) => validity switch
    {
        Validity.InForce => "Còn hiệu lực",
        Validity.NotYetInForce => "Chưa có hiệu lực",
        Validity.PartlyExpired => "Hết hiệu lực một phần",
        Validity.Expired => "Hết hiệu lực toàn bộ",
        Validity.PartlySuspended => "Ngưng hiệu lực một phần",
        Validity.Suspended => "Tạm ngưng hiệu lực",
        Validity.EnforcementSuspended => "Ngưng thi hành",
        _ => "Chưa xác định",
    };

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
