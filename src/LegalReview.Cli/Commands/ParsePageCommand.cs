using System.CommandLine;
using System.Text.Json;
using LegalReview.Core.Parsing;
using LegalReview.Crawlers;

namespace LegalReview.Cli.Commands;

/// <summary>`legalreview parse-page SOURCE FILE --format json`: what a source's parser extracts from one saved page.</summary>
public static class ParsePageCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("SOURCE") { Description = "Nguồn: " + string.Join(", ", PageParsers.SourceIds) };
        source.AcceptOnlyFromAmong([.. PageParsers.SourceIds]);
        var file = new Argument<FileInfo>("FILE") { Description = "Trang đã lưu (.html, .json) hoặc tệp" };
        var url = new Option<Uri?>("--url") { Description = "Địa chỉ gốc của trang (để giải liên kết tương đối)" };
        var format = GlobalOptions.Format("json");
        var command = new Command("parse-page", "Phân tích một trang đã lưu bằng bộ phân tích của nguồn và in siêu dữ liệu, quan hệ, nội dung")
            { source, file, url, format };
        command.SetAction(result => Run(result.GetValue(source)!, result.GetValue(file)!, result.GetValue(url), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string source, FileInfo file, Uri? url, TextWriter output, TextWriter error)
    {
        ParsedPage page;
        try
        {
            page = PageParsers.ParsePage(source, file.Name, CliFiles.Read(file), url, DateTimeOffset.UnixEpoch);
        }
        catch (Exception ex) when (ex is DocumentRejectedException or PageLayoutException or ArgumentException)
        {
            error.WriteLine($"Lỗi: {file.Name}: {ex.Message}");
            return 2;
        }

        var d = page.Document;
        var json = new
        {
            source = page.SourceId,
            pageKind = page.PageKind,
            document = d is null ? null : new
            {
                url = d.Url.AbsoluteUri,
                mediaType = d.MediaType,
                sha256 = d.Sha256,
                metadata = new
                {
                    number = d.Metadata.Number,
                    type = d.Metadata.TypeName,
                    issuer = d.Metadata.Issuer,
                    signer = d.Metadata.Signer,
                    title = d.Metadata.Title,
                    issuedOn = d.Metadata.IssuedOn,
                    effectiveOn = d.Metadata.EffectiveOn,
                    status = d.Metadata.ValidityStatusText,
                    fields = d.Metadata.Fields,
                },
                relations = d.Relations.Select(r => new { type = r.Type, number = r.TargetNumber, title = r.TargetTitle, url = r.TargetUrl?.AbsoluteUri }),
                attachments = d.AttachmentUrls.Select(a => a.AbsoluteUri),
                text = d.Paragraphs,
            },
            links = page.Links.Select(l => new { url = l.Url.AbsoluteUri, kind = l.Kind, text = l.Text }),
        };
        output.WriteLine(JsonSerializer.Serialize(json, ParsedDocumentJson.Options));
        return 0;
    }
}
