using System.CommandLine;
using LegalReview.Data;
using LegalReview.Data.Exporting;
using LegalReview.Data.Proposals;
using LegalReview.Exports;
using LegalReview.Exports.Lists;
using LegalReview.Exports.Proposals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Cli.Commands;

/// <summary>
/// `legalreview export proposal ID --out FILE.docx` (the recommendation letter) and
/// `legalreview export lists --campaign ID --out DIR` (report, four lists as .docx/.csv, .xlsx workbook, compilation).
/// Organisation, place, signer and numbering come from the "Exports" settings (environment: Exports__Place …).
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Xuất công văn kiến nghị, danh mục và báo cáo theo thể thức văn bản hành chính");
        command.Subcommands.Add(ProposalCommand());
        command.Subcommands.Add(ListsCommand());
        return command;
    }

    private static Command ProposalCommand()
    {
        var id = new Argument<long>("ID") { Description = "Số hiệu kiến nghị" };
        var output = new Option<FileInfo>("--out") { Description = "Tệp .docx cần ghi", Required = true };
        var command = new Command("proposal", "Xuất công văn kiến nghị (.docx, Nghị định 30/2020/NĐ-CP)") { id, output };
        command.SetAction((result, ct) => RunProposalAsync(result.GetValue(GlobalOptions.Data), result.GetValue(id), result.GetValue(output)!, ct));
        return command;
    }

    private static Command ListsCommand()
    {
        var campaign = new Option<long>("--campaign") { Description = "Số hiệu đợt rà soát", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Thư mục ghi các tệp", Required = true };
        var command = new Command("lists", "Xuất báo cáo kết quả rà soát, bốn danh mục và Tập hệ thống hóa của một đợt rà soát") { campaign, output };
        command.SetAction((result, ct) => RunListsAsync(result.GetValue(GlobalOptions.Data), result.GetValue(campaign), result.GetValue(output)!, ct));
        return command;
    }

    public static async Task<int> RunProposalAsync(DirectoryInfo? data, long id, FileInfo output, CancellationToken ct)
    {
        await using var services = await CliHost.CreateAsync(data, ct);
        await using var scope = services.CreateAsyncScope();
        var settings = Settings(services);
        var proposals = new ProposalService(scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>(), TimeProvider.System, settings);
        var proposal = await proposals.FindAsync(id, ct);
        if (proposal is null)
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy kiến nghị số {id}.");
            return 2;
        }

        try
        {
            var letter = proposals.ToLetter(proposal);
            WriteAtomically(output.FullName, s => new ProposalLetterWriter(settings).Write(letter, s));
        }
        catch (ProposalWorkflowException ex)
        {
            Console.Error.WriteLine($"Lỗi: {ex.Message}");
            return 2;
        }

        Console.WriteLine($"Đã ghi công văn kiến nghị: {output.FullName}");
        return 0;
    }

    public static async Task<int> RunListsAsync(DirectoryInfo? data, long campaignId, DirectoryInfo output, CancellationToken ct)
    {
        await using var services = await CliHost.CreateAsync(data, ct);
        await using var scope = services.CreateAsyncScope();
        var input = await new CampaignListsQuery(scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>()).LoadAsync(campaignId, ct);
        if (input is null)
        {
            Console.Error.WriteLine($"Lỗi: không tìm thấy đợt rà soát số {campaignId}.");
            return 2;
        }

        var files = new CampaignExporter(Settings(services)).WriteAll(input, output.FullName);
        foreach (var kind in Catalogues.All)
        {
            var count = Catalogues.Select(input, kind).Sum(g => g.Documents.Count);
            Console.WriteLine($"{Catalogues.Title(kind)}: {count} văn bản");
        }

        Console.WriteLine($"Đã ghi {files.Count} tệp vào {output.FullName}");
        return 0;
    }

    private static ExportSettings Settings(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetSection("Exports").Get<ExportSettings>() ?? new ExportSettings();

    /// <summary>Writes beside the target and moves into place, so a failure leaves no half-written file.</summary>
    private static void WriteAtomically(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        try
        {
            using (var stream = File.Create(temp)) write(stream);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
