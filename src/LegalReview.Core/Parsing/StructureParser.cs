using LegalReview.Core.Documents;

namespace LegalReview.Core.Parsing;

/// <summary>
/// Vietnamese structure parser: normalizes the text, then reads header, "Căn cứ" bases, the provision tree
/// (Phần/Chương/Mục/Tiểu mục/Điều/Khoản/Điểm/tiết) and the signer block. Input that is not recognizably a
/// normative document is rejected with a reason rather than half-parsed.
/// </summary>
public static class StructureParser
{
    /// <exception cref="DocumentRejectedException">The text is not recognizable as a normative legal document.</exception>
    public static ParsedDocument Parse(IReadOnlyList<string> paragraphs)
    {
        var lines = paragraphs
            .SelectMany(p => p.Split('\n'))
            .Select(VietnameseText.NormalizeLine)
            .Where(l => l.Length > 0)
            .ToList();
        if (lines.Count == 0)
        {
            throw new DocumentRejectedException("Văn bản rỗng: không có nội dung để phân tích.");
        }

        var bodyStart = lines.FindIndex(IsBodyStart);
        if (bodyStart < 0)
        {
            throw new DocumentRejectedException(RejectionForMissingArticles(lines));
        }

        var header = HeaderParser.Parse(lines[..bodyStart]);
        if (header.Number is null && header.Type == DocumentType.Unknown)
        {
            throw new DocumentRejectedException(
                "Không nhận ra văn bản quy phạm pháp luật: không tìm thấy số, ký hiệu hay tên loại văn bản ở phần đầu.");
        }

        var builder = new ProvisionTreeBuilder();
        var bodyEnd = lines.Count;
        DateOnly? passedOn = null;
        for (var i = bodyStart; i < lines.Count; i++)
        {
            var line = lines[i];
            if (UnitPatterns.Rule().IsMatch(line))
            {
                continue;
            }

            if (builder.ArticleCount > 0 && IsBodyEnd(line))
            {
                passedOn = HeaderParser.ToDate(UnitPatterns.PassedOn().Match(line));
                bodyEnd = i;
                break;
            }

            builder.Add(line);
        }

        if (builder.ArticleCount == 0)
        {
            throw new DocumentRejectedException(RejectionForMissingArticles(lines));
        }

        var bodyLines = lines[bodyStart..bodyEnd];
        var (signerTitle, signer) = HeaderParser.ParseSigner(lines[bodyEnd..]);
        var number = header.Number ?? "";
        var issuer = header.Issuer ?? "";
        return new ParsedDocument(
            number,
            header.Type,
            header.TypeName,
            issuer,
            header.Place,
            header.IssuedOn ?? passedOn,
            HeaderParser.FindEffectiveDate(bodyLines),
            header.Title,
            signer,
            signerTitle,
            header.Bases,
            builder.Build(),
            string.Join('\n', lines));
    }

    /// <summary>Parses a whole text; lines are paragraphs.</summary>
    public static ParsedDocument Parse(string text) => Parse(text.Split('\n'));

    private static bool IsBodyStart(string line) =>
        UnitPatterns.Article().IsMatch(line) ||
        IsHeadingUnit(UnitPatterns.Chapter(), line) ||
        IsHeadingUnit(UnitPatterns.Part(), line);

    private static bool IsHeadingUnit(System.Text.RegularExpressions.Regex regex, string line)
    {
        var m = regex.Match(line);
        if (!m.Success)
        {
            return false;
        }

        var rest = m.Groups["rest"].Value.Trim();
        return rest.Length == 0 || VietnameseText.IsUpperCaseLine(rest);
    }

    private static bool IsBodyEnd(string line) =>
        UnitPatterns.PassedOn().IsMatch(line) ||
        UnitPatterns.Recipients().IsMatch(line) ||
        (line.Length < 200 && UnitPatterns.SignerTitle().IsMatch(line.ToUpperInvariant()) && !IsNameOrSentence(line));

    // "Chủ tịch Ủy ban nhân dân tỉnh có trách nhiệm …" is a sentence of the body, not a signature block.
    private static bool IsNameOrSentence(string line)
    {
        var words = line.TrimStart('|', ' ').Split(' ', 3);
        return words.Length >= 2 && words[1].Length > 0 && char.IsLower(words[1][0]) && char.IsUpper(words[0][0]) && words[0].Skip(1).All(char.IsLower);
    }

    private static string RejectionForMissingArticles(IReadOnlyList<string> lines)
    {
        var hasChapters = lines.Any(l => IsHeadingUnit(UnitPatterns.Chapter(), l));
        return hasChapters
            ? "Không tìm thấy Điều nào dù có Chương: số Điều có thể là đánh số tự động của Word — hãy nhập tệp .docx gốc."
            : "Không nhận ra văn bản quy phạm pháp luật: không tìm thấy Điều nào (\"Điều 1. …\").";
    }
}
