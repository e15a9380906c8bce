using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LegalReview.Exports.Docx;

/// <summary>
/// Turns a redline into Word paragraphs with tracked changes (w:ins / w:del): the paragraphs show the current wording,
/// and "Accept all changes" in Word leaves exactly the proposed wording, "Reject all" the current one. A line break
/// inside a change becomes a paragraph mark marked inserted or deleted, so both directions keep the paragraphs right.
/// </summary>
public static class TrackedChanges
{
    public static IReadOnlyList<Paragraph> Paragraphs(WordDocument document, IReadOnlyList<RedlineSegment> segments,
        TextStyle style, string author, DateTimeOffset date)
    {
        var paragraphs = new List<Paragraph>();
        var current = NewParagraph(style);
        var stamp = date.UtcDateTime;
        foreach (var segment in segments)
        {
            var lines = segment.Text.Split('\n');
            for (var k = 0; k < lines.Length; k++)
            {
                if (k > 0)
                {
                    // The paragraph mark ending `current` is itself the changed line break.
                    if (segment.Kind != RedlineKind.Same) MarkParagraphEnd(current, segment.Kind, document.NextRevisionId(), author, stamp, style);
                    paragraphs.Add(current);
                    current = NewParagraph(style);
                }

                if (lines[k].Length > 0) current.Append(Content(document, segment.Kind, lines[k], style, author, stamp));
            }
        }

        paragraphs.Add(current);
        return paragraphs;
    }

    private static Paragraph NewParagraph(TextStyle style) => new(Blocks.ParagraphProperties(style));

    private static OpenXmlElement Content(WordDocument document, RedlineKind kind, string text, TextStyle style, string author, DateTime date)
    {
        switch (kind)
        {
            case RedlineKind.Inserted:
                return new InsertedRun(Blocks.Run(text, style)) { Id = Id(document), Author = author, Date = date };
            case RedlineKind.Deleted:
                var run = new Run(Blocks.RunProperties(style), new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve });
                return new DeletedRun(run) { Id = Id(document), Author = author, Date = date };
            default:
                return Blocks.Run(text, style);
        }
    }

    private static void MarkParagraphEnd(Paragraph paragraph, RedlineKind kind, int id, string author, DateTime date, TextStyle style)
    {
        var mark = new ParagraphMarkRunProperties();
        var idText = id.ToString(CultureInfo.InvariantCulture);
        mark.Append(kind == RedlineKind.Inserted
            ? new Inserted { Id = idText, Author = author, Date = date }
            : new Deleted { Id = idText, Author = author, Date = date });
        foreach (var child in Blocks.RunProperties(style).ChildElements) mark.Append(child.CloneNode(true));
        paragraph.ParagraphProperties!.Append(mark);
    }

    private static string Id(WordDocument document) => document.NextRevisionId().ToString(CultureInfo.InvariantCulture);
}
