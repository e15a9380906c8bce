using System.CommandLine;
using LegalReview.Data;
using LegalReview.Data.Importing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LegalReview.Cli.Commands;

/// <summary>`legalreview import PATH... [--data DIR]`: imports files and folders into the data folder.</summary>
public static class ImportCommand
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".docx", ".pdf"];

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Tệp hoặc thư mục (.txt, .html, .docx, .pdf)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Nhập văn bản vào cơ sở dữ liệu") { paths };
        command.SetAction((result, ct) => RunAsync(result.GetValue(paths)!, result.GetValue(GlobalOptions.Data), ct));
        return command;
    }

    public static async Task<int> RunAsync(string[] paths, DirectoryInfo? data, CancellationToken ct)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"Lỗi: không tìm thấy tệp hoặc thư mục: {path}");
                return 2;
            }
        }

        await using var services = await CliHost.CreateAsync(data, ct);
        var settings = services.GetRequiredService<DatabaseSettings>();
        var results = new List<(string File, ImportResult Result)>();
        await AnsiConsole.Progress()
            .AutoClear(true)
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Nhập {files.Count} tệp", maxValue: Math.Max(1, files.Count));
                foreach (var file in files)
                {
                    await using var scope = services.CreateAsyncScope();
                    var importer = scope.ServiceProvider.GetRequiredService<DocumentImportService>();
                    var result = await ImportOneAsync(importer, file, ct);
                    results.Add((file, result));
                    task.Increment(1);
                }
            });

        foreach (var (file, result) in results)
        {
            var line = result.Status switch
            {
                ImportStatus.New => $"mới      {result.DocumentNumber} (phiên bản {result.VersionNumber})",
                ImportStatus.NewVersion => $"phiên bản {result.DocumentNumber} → phiên bản {result.VersionNumber}",
                ImportStatus.Unchanged => $"không đổi {result.DocumentNumber} (trùng phiên bản {result.VersionNumber})",
                _ => $"từ chối  {result.RejectedReason}",
            };
            Console.WriteLine($"{Path.GetFileName(file)}: {line}");
        }

        await Search.SearchOutboxCli.DrainAsync(services, ct);
        var rejected = results.Count(r => r.Result.IsRejected);
        Console.WriteLine($"Đã nhập {results.Count - rejected}/{results.Count} tệp vào {settings.DataFolder} " +
                          $"(mới: {results.Count(r => r.Result.Status == ImportStatus.New)}, " +
                          $"phiên bản mới: {results.Count(r => r.Result.Status == ImportStatus.NewVersion)}, " +
                          $"không đổi: {results.Count(r => r.Result.Status == ImportStatus.Unchanged)}, từ chối: {rejected}).");
        if (rejected > 0)
        {
            Console.Error.WriteLine($"Lỗi: {rejected} tệp bị từ chối (xem lý do ở trên).");
        }

        return rejected == 0 ? 0 : 1;
    }

    private static async Task<ImportResult> ImportOneAsync(DocumentImportService importer, string file, CancellationToken ct)
    {
        try
        {
            var bytes = CliFiles.Read(new FileInfo(file));
            return await importer.ImportAsync(Path.GetFileName(file), bytes, Path.GetFullPath(file), ct);
        }
        catch (LegalReview.Core.Parsing.DocumentRejectedException ex)
        {
            return ImportResult.Rejected(ex.Message);
        }
    }
}
