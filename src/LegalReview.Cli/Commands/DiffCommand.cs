using System.CommandLine;
using System.Net;
using System.Text;
using System.Text.Json;
using LegalReview.Core.Diffing;
using LegalReview.Core.Parsing;

namespace LegalReview.Cli.Commands;

/// <summary>`legalreview diff A B --format json|html`: provision-aligned differences between two versions.</summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var a = new Argument<FileInfo>("A") { Description = "Phiên bản cũ" };
        var b = new Argument<FileInfo>("B") { Description = "Phiên bản mới" };
        var format = GlobalOptions.Format("json", "html");
        format.DefaultValueFactory = _ => "json";
        var command = new Command("diff", "So sánh hai phiên bản theo từng Điều, Khoản, Điểm") { a, b, format };
        command.SetAction(result => Run(result.GetValue(a)!, result.GetValue(b)!, result.GetValue(format)!));
        return command;
    }

    public static int Run(FileInfo a, FileInfo b, string format)
    {
        VersionDiffResult diff;
        ParsedDocument older;
        try
        {
            older = CliFiles.ParseFile(a);
            diff = VersionDiff.Compare(older, CliFiles.ParseFile(b));
        }
        catch (DocumentRejectedException ex)
        {
            Console.Error.WriteLine($"Lỗi: {ex.Message}");
            return 2;
        }

        if (format == "json")
        {
            var json = new
            {
                added = diff.Added,
                removed = diff.Removed,
                changed = diff.Changed.Select(c => new { id = c.Id, old = c.Old, @new = c.New }),
                moved = diff.Moved.Select(m => new { from = m.From, to = m.To }),
            };
            Console.WriteLine(JsonSerializer.Serialize(json, ParsedDocumentJson.Options));
            return 0;
        }

        Console.WriteLine(ToHtml(older, diff));
        return 0;
    }

    private static string ToHtml(ParsedDocument older, VersionDiffResult diff)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">");
        html.AppendLine($"<title>So sánh {WebUtility.HtmlEncode(older.Number)}</title>");
        html.AppendLine("<style>body{font-family:'Times New Roman',serif;max-width:60rem;margin:2rem auto}ins{background:#d4f5d4;text-decoration:none}del{background:#f9d0d0}h2{font-size:1rem;margin-top:1.5rem}</style></head><body>");
        html.AppendLine($"<h1>So sánh: {WebUtility.HtmlEncode(older.TypeName)} {WebUtility.HtmlEncode(older.Number)}</h1>");
        html.AppendLine($"<p>Sửa đổi: {diff.Changed.Count} · Thêm: {diff.Added.Count} · Bỏ: {diff.Removed.Count} · Chuyển vị trí: {diff.Moved.Count}</p>");
        foreach (var c in diff.Changed)
        {
            html.AppendLine($"<h2 id=\"{WebUtility.HtmlEncode(c.Id)}\">{WebUtility.HtmlEncode(c.Id)}</h2><p>{c.InlineHtml}</p>");
        }

        foreach (var id in diff.Added)
        {
            html.AppendLine($"<h2>{WebUtility.HtmlEncode(id)} (thêm mới)</h2>");
        }

        foreach (var id in diff.Removed)
        {
            html.AppendLine($"<h2>{WebUtility.HtmlEncode(id)} (bị bỏ)</h2>");
        }

        html.AppendLine("</body></html>");
        return html.ToString();
    }
}
