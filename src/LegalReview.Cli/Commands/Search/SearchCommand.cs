using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegalReview.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Cli.Commands.Search;

/// <summary>`legalreview search "QUERY" [--as-of YYYY-MM-DD] [--top N] --format json|text`.</summary>
public static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // console output, not HTML: keep Vietnamese and <mark> readable
    };

    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "Câu tìm kiếm (có hoặc không dấu, số hiệu, từ viết tắt, \"cụm từ\", AND/OR/NOT)" };
        var asOf = new Option<string?>("--as-of") { Description = "Chỉ văn bản còn hiệu lực tại ngày (YYYY-MM-DD)" };
        var top = new Option<int>("--top") { Description = "Số kết quả", DefaultValueFactory = _ => 10 };
        var format = GlobalOptions.Format("text", "json");
        var command = new Command("search", "Tìm kiếm văn bản và điều, khoản") { query, asOf, top, format };
        command.SetAction((result, ct) => RunAsync(
            result.GetValue(query)!, result.GetValue(asOf), result.GetValue(top), result.GetValue(format)!, result.GetValue(GlobalOptions.Data), ct));
        return command;
    }

    public static async Task<int> RunAsync(string text, string? asOfText, int top, string format, DirectoryInfo? data, CancellationToken ct)
    {
        DateOnly? asOf = null;
        if (!string.IsNullOrWhiteSpace(asOfText))
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Console.Error.WriteLine($"Lỗi: --as-of phải có dạng YYYY-MM-DD (nhận được '{asOfText}').");
                return 2;
            }

            asOf = date;
        }

        if (top < 1 || top > SearchQuery.MaxPageSize)
        {
            Console.Error.WriteLine($"Lỗi: --top phải từ 1 đến {SearchQuery.MaxPageSize}.");
            return 2;
        }

        await using var services = await CliHost.CreateAsync(data, ct);
        var index = services.GetRequiredService<ISearchIndex>();
        var result = await index.SearchAsync(new SearchQuery(text, AsOf: asOf, PageSize: top, IncludeFacets: false), ct);
        if (result.IsError)
        {
            Console.Error.WriteLine("Lỗi: " + result.Error);
            return 2;
        }

        if (format == "json")
        {
            var body = new
            {
                total = result.Total,
                hits = result.Hits.Select(h => new
                {
                    documentNumber = h.DocumentNumber,
                    documentTitle = h.DocumentTitle,
                    provisionId = h.ProvisionId,
                    score = h.Score,
                    snippet = h.Snippet,
                }),
            };
            Console.WriteLine(JsonSerializer.Serialize(body, Json));
            return 0;
        }

        Console.WriteLine($"{result.Total} kết quả");
        var rank = 0;
        foreach (var hit in result.Hits)
        {
            var where = hit.ProvisionId.Length == 0 ? "(văn bản)" : hit.ProvisionId;
            Console.WriteLine($"{++rank,3}. {hit.DocumentNumber} {where}  [{hit.Score:F2}]  {hit.DocumentTitle}");
            Console.WriteLine("     " + System.Net.WebUtility.HtmlDecode(hit.Snippet.Replace("<mark>", "[", StringComparison.Ordinal).Replace("</mark>", "]", StringComparison.Ordinal)));
        }

        return 0;
    }
}
