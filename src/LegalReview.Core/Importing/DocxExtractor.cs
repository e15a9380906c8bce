using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LegalReview.Core.Parsing;

namespace LegalReview.Core.Importing;

/// <summary>
/// Word .docx: body paragraphs in order (table rows as cells joined by " | "), tabs and breaks kept, and Word's automatic
/// numbering labels ("Điều 5.", "a)") computed from numbering.xml and prefixed, because some laws carry their
/// article numbers only there.
/// </summary>
internal static class DocxExtractor
{
    private const string NoDocumentPart = "Tệp nén không chứa word/document.xml: không phải tài liệu Word (.docx).";
    private const string Corrupt = "Tệp .docx bị hỏng hoặc không phải tài liệu Word: không đọc được nội dung.";

    public static ExtractedText Extract(byte[] bytes, DocumentExtractionOptions options)
    {
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
            throw new DocumentRejectedException(
                "Tệp mang đuôi .docx nhưng không phải tài liệu Word (có thể là tệp khác bị đổi tên).");
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            CheckZip(stream);
            stream.Position = 0;
            // The cap bounds how far a small zip may inflate (zip bombs); text is at most a few characters per byte of XML.
            var settings = new OpenSettings { MaxCharactersInPart = Math.Max(options.MaxBytes * 4, 64L * 1024 * 1024) };
            using var document = WordprocessingDocument.Open(stream, isEditable: false, settings);
            return ExtractBody(document);
        }
        // System.IO.Packaging reports damage as FileFormatException, a FormatException rather than an IOException.
        catch (Exception ex) when (ex is OpenXmlPackageException or IOException or InvalidDataException or XmlException
                                       or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new DocumentRejectedException(Corrupt);
        }
    }

    private static void CheckZip(Stream stream)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw new DocumentRejectedException("Tệp .docx bị hỏng: tệp nén không đọc được (có thể đã bị cắt cụt khi tải).");
        }
        using (zip)
        {
            var hasDocument = zip.Entries.Any(e =>
                e.FullName.StartsWith("word/document", StringComparison.OrdinalIgnoreCase)
                && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase));
            if (!hasDocument)
                throw new DocumentRejectedException(NoDocumentPart);
        }
    }

    private static ExtractedText ExtractBody(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart
            ?? throw new DocumentRejectedException(NoDocumentPart);
        var body = main.Document?.Body ?? throw new DocumentRejectedException(Corrupt);

        var numbering = DocxNumbering.Load(main);
        var paragraphs = new List<string>();
        foreach (var element in body.ChildElements)
            AddBlock(element, numbering, paragraphs);
        return new ExtractedText(paragraphs, ImportMediaTypes.Docx);
    }

    private static void AddBlock(OpenXmlElement element, DocxNumbering numbering, List<string> output)
    {
        switch (element)
        {
            case Paragraph paragraph:
                output.Add(ParagraphText(paragraph, numbering));
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                    output.Add(RowText(row, numbering));
                break;
            case SdtBlock or CustomXmlBlock or SdtContentBlock:
                foreach (var child in element.ChildElements)
                    AddBlock(child, numbering, output);
                break;
        }
    }

    private static string RowText(TableRow row, DocxNumbering numbering)
    {
        var cells = new List<string>();
        foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
        {
            var content = new List<string>();
            foreach (var child in cell.ChildElements)
                AddBlock(child, numbering, content);
            cells.Add(string.Join(' ', content));
        }
        return string.Join(" | ", cells);
    }

    private static string ParagraphText(Paragraph paragraph, DocxNumbering numbering)
    {
        var text = new StringBuilder();
        var stack = new Stack<OpenXmlElement>();
        for (var child = paragraph.LastChild; child is not null; child = child.PreviousSibling())
            stack.Push(child);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    continue;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    continue;
                case Break or CarriageReturn:
                    text.Append('\n');
                    continue;
                case NoBreakHyphen:
                    text.Append('-');
                    continue;
                // Text boxes (nested paragraphs), deleted runs and field codes are not part of the visible paragraph.
                case Paragraph or DeletedRun or FieldCode or ParagraphProperties or RunProperties:
                    continue;
            }
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling())
                stack.Push(child);
        }

        var label = numbering.NextLabel(paragraph) ?? LostArticleLabel(paragraph, text.ToString(), numbering);
        if (label is null)
            return text.ToString();
        return text.Length == 0 ? label.TrimEnd() : label + text;
    }

    /// <summary>
    /// Recovers an article title that lost its list numbering. In the ATVSLĐ 2015 .docx the title "Giải thích từ ngữ"
    /// of the real Điều 3 has no numPr, so Word shows it unlabelled and numbers every later article one too low. A
    /// paragraph formatted like the article titles around it — bold, short, no closing punctuation, its text starting
    /// where the numbered titles' text starts — is taken as the next item of that list.
    /// </summary>
    private static string? LostArticleLabel(Paragraph paragraph, string text, DocxNumbering numbering)
    {
        if (numbering.LastArticleList is not { } list)
            return null;
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > 150 || !char.IsUpper(trimmed[0]) || trimmed[^1] is '.' or ';' or ':' or ',')
            return null;
        if (!IsBold(paragraph) || !IsBold(list.Paragraph) || TextStart(paragraph) != TextStart(list.Paragraph))
            return null;
        var label = numbering.NextLabel(list.NumId, 0);
        return label;
    }

    private static bool IsBold(Paragraph paragraph)
    {
        var run = paragraph.Elements<Run>().FirstOrDefault(r => r.Elements<Text>().Any(t => t.Text.Trim().Length > 0));
        var bold = run?.RunProperties?.Bold;
        return bold is not null && (bold.Val is null || bold.Val.Value);
    }

    // Where the first line's text begins: left indent plus first-line indent (a numbered title's label sits before it).
    private static long TextStart(Paragraph paragraph)
    {
        var indentation = paragraph.ParagraphProperties?.Indentation;
        static long Twips(StringValue? v) => long.TryParse(v?.Value, out var n) ? n : 0;
        return Twips(indentation?.Left) + Twips(indentation?.FirstLine) - Twips(indentation?.Hanging);
    }
}
