using System.Text;
using LegalReview.Core.Parsing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace LegalReview.Core.Importing;

/// <summary>
/// PDF with a text layer: PdfPig words grouped into lines by baseline, lines joined into paragraphs page by page.
/// A line continues the paragraph above unless it is indented, follows a vertical gap, or the line above ended early
/// (the first word of this line would have fitted there), which is how a reader sees paragraph ends.
/// </summary>
internal static class PdfExtractor
{
    private sealed record Line(string Text, double Left, double Right, double Baseline, double Height, double FirstWordWidth);

    public static ExtractedText Extract(byte[] bytes)
    {
        var paragraphs = new List<string>();
        try
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages())
                paragraphs.AddRange(PageParagraphs(page));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentRejectedException("Tệp PDF được mã hóa (có mật khẩu): không đọc được nội dung.");
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or DocumentRejectedException))
        {
            // PdfPig surfaces damaged files through many exception types (format, font, decompression, index errors);
            // all mean the same thing to a user, and a hostile PDF must not crash an import.
            throw new DocumentRejectedException("Tệp PDF bị hỏng: không đọc được nội dung.");
        }

        if (paragraphs.Count == 0)
            throw new DocumentRejectedException(
                "Tệp PDF không có lớp văn bản (có thể là bản scan): cần nhận dạng ký tự (OCR) trước khi nhập.");
        return new ExtractedText(paragraphs, ImportMediaTypes.Pdf);
    }

    private static IEnumerable<string> PageParagraphs(Page page)
    {
        var lines = GroupLines(page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList());
        if (lines.Count == 0)
            yield break;

        var left = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var charWidth = EstimateCharWidth(lines);
        var paragraph = new StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var above = lines[i - 1];
            var line = lines[i];
            var indented = line.Left > left + 1.5 * charWidth;
            var gap = above.Baseline - line.Baseline > 1.8 * Math.Max(above.Height, line.Height);
            var endedEarly = right - above.Right > line.FirstWordWidth + charWidth;
            if (indented || gap || endedEarly)
            {
                yield return paragraph.ToString();
                paragraph.Clear();
            }
            else
            {
                paragraph.Append(' ');
            }
            paragraph.Append(line.Text);
        }
        yield return paragraph.ToString();
    }

    private static List<Line> GroupLines(List<Word> words)
    {
        var lines = new List<Line>();
        // Top of the page first (PDF y grows upwards), then left to right.
        var ordered = words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left).ToList();
        var current = new List<Word>();
        foreach (var word in ordered)
        {
            if (current.Count > 0)
            {
                var baseline = current[0].BoundingBox.Bottom;
                var height = Math.Max(current.Max(w => w.BoundingBox.Height), word.BoundingBox.Height);
                if (Math.Abs(word.BoundingBox.Bottom - baseline) > 0.5 * Math.Max(height, 1))
                {
                    lines.Add(ToLine(current));
                    current.Clear();
                }
            }
            current.Add(word);
        }
        if (current.Count > 0)
            lines.Add(ToLine(current));
        return lines;
    }

    private static Line ToLine(List<Word> words)
    {
        words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        return new Line(
            string.Join(' ', words.Select(w => w.Text)),
            words[0].BoundingBox.Left,
            words.Max(w => w.BoundingBox.Right),
            words.Max(w => w.BoundingBox.Bottom),
            words.Max(w => w.BoundingBox.Height),
            words[0].BoundingBox.Width);
    }

    private static double EstimateCharWidth(List<Line> lines)
    {
        var chars = lines.Sum(l => l.Text.Length);
        var width = lines.Sum(l => l.Right - l.Left);
        return chars == 0 ? 5 : Math.Max(width / chars, 1);
    }
}
