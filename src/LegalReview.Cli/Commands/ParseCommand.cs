using System.CommandLine;
using System.Text.Json;
using LegalReview.Core.Documents;
using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;

namespace LegalReview.Cli.Commands;

/// <summary>`legalreview parse FILE --format json|text`: prints what the structure parser sees in one file.</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp .txt, .html, .docx hoặc .pdf" };
        var format = GlobalOptions.Format("text", "json");
        var command = new Command("parse", "Phân tích cấu trúc một văn bản và in kết quả") { file, format };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(format)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(FileInfo file, string format, TextWriter output, TextWriter error)
    {
        ParsedDocument parsed;
        try
        {
            parsed = CliFiles.ParseFile(file);
        }
        catch (DocumentRejectedException ex)
        {
            error.WriteLine($"Lỗi: {file.Name}: {ex.Message}");
            return 2;
        }

        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(ParsedDocumentJson.ToJson(parsed), ParsedDocumentJson.Options));
        }
        else
        {
            WriteText(parsed, output);
        }

        return 0;
    }

    private static void WriteText(ParsedDocument d, TextWriter output)
    {
        output.WriteLine($"{d.TypeName} số {d.Number} — {d.Title}");
        output.WriteLine($"Cơ quan ban hành: {d.Issuer}; ngày ban hành: {d.IssuedOn:dd/MM/yyyy}; hiệu lực: {d.EffectiveOn:dd/MM/yyyy}");
        if (d.Signer is not null)
        {
            output.WriteLine($"Người ký: {d.SignerTitle} {d.Signer}");
        }

        foreach (var basis in d.Bases)
        {
            output.WriteLine($"  Căn cứ: {basis.Text}");
        }

        var all = d.AllProvisions().ToList();
        output.WriteLine($"Chương: {all.Count(p => p.Kind == ProvisionKind.Chapter)}, Điều: {all.Count(p => p.Kind == ProvisionKind.Article)}, " +
                         $"Khoản: {all.Count(p => p.Kind == ProvisionKind.Clause)}, Điểm: {all.Count(p => p.Kind == ProvisionKind.Point)}");
        foreach (var p in all.Where(p => p.Kind <= ProvisionKind.Article))
        {
            var indent = new string(' ', (int)p.Kind * 2);
            output.WriteLine($"{indent}{UnitLabels.KindName(p.Kind)} {p.Label}{(p.Heading is null ? "" : ". " + p.Heading)}  [{p.Id}]");
        }
    }
}
