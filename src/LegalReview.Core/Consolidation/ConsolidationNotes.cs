using LegalReview.Core.Amendments;
using LegalReview.Core.Documents;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Consolidation;

/// <summary>Footnote texts in the style of an official VBHN (văn bản hợp nhất).</summary>
internal static class ConsolidationNotes
{
    /// <summary>Shown with an applied <see cref="AmendmentAction.RepealDescribedContent"/>: the text is kept on purpose.</summary>
    public const string DescribedContentRemark =
        "Văn bản sửa đổi mô tả nội dung bị bãi bỏ, không trích dẫn nguyên văn: giữ nguyên câu chữ, ghi chú nội dung bị bãi bỏ tại đơn vị; người rà soát xác định câu chữ tương ứng.";

    public static string For(AmendmentInstruction ins, ProvisionKind kind)
    {
        var unit = UnitLabels.KindName(kind);
        var source = $"{SourceCitation(ins.SourceProvisionId)} của {DocumentName(ins.SourceDocumentNumber)}";
        var effective = ins.EffectiveOn is { } d ? $", có hiệu lực kể từ {LegalText.FormatDate(d)}" : "";
        var what = ins.Action switch
        {
            AmendmentAction.Amend => $"{unit} này được sửa đổi, bổ sung",
            AmendmentAction.AmendHeading => $"Tên {unit.ToLowerInvariant()} này được sửa đổi, bổ sung",
            AmendmentAction.InsertAfter => $"{unit} này được bổ sung",
            AmendmentAction.Repeal => $"{unit} này được bãi bỏ",
            AmendmentAction.RepealDescribedContent => $"{PhraseMatcher.Capitalize(ins.RepealedContent ?? "một phần nội dung")} tại {unit.ToLowerInvariant()} này được bãi bỏ",
            AmendmentAction.ReplacePhrase => $"Cụm từ “{ins.NewPhrase}” được thay thế cho cụm từ “{ins.OldPhrase}”",
            AmendmentAction.DeletePhrase => $"Cụm từ “{ins.OldPhrase}” được bỏ",
            AmendmentAction.InsertPhrase => $"Cụm từ “{ins.NewPhrase}” được bổ sung",
            _ => $"{unit} này được sửa đổi",
        };
        return $"{what} theo quy định tại {source}{effective}.";
    }

    /// <summary>"dieu-1/khoan-4/diem-a" → "điểm a khoản 4 Điều 1".</summary>
    public static string SourceCitation(string sourceId)
    {
        var parts = sourceId.Split('/').Select(s =>
        {
            var dash = s.IndexOf('-', StringComparison.Ordinal);
            var kind = s[..dash];
            var label = s[(dash + 1)..].Replace("dd", "đ", StringComparison.Ordinal);
            return kind switch { "dieu" => "Điều " + label, "khoan" => "khoản " + label, "diem" => "điểm " + label, _ => s };
        }).Reverse();
        return string.Join(' ', parts);
    }

    /// <summary>"46/2014/QH13" → "Luật số 46/2014/QH13"; the type is read from the symbol.</summary>
    public static string DocumentName(string number)
    {
        var n = number.ToUpperInvariant();
        var type = n.EndsWith("QH13", StringComparison.Ordinal) || n.Contains("/QH", StringComparison.Ordinal) ? "Luật"
            : n.Contains("NĐ-CP", StringComparison.Ordinal) || n.Contains("ND-CP", StringComparison.Ordinal) ? "Nghị định"
            : n.Contains("/TT", StringComparison.Ordinal) ? "Thông tư"
            : n.Contains("/QĐ", StringComparison.Ordinal) ? "Quyết định"
            : n.Contains("/NQ", StringComparison.Ordinal) ? "Nghị quyết"
            : "văn bản";
        return $"{type} số {number}";
    }
}
