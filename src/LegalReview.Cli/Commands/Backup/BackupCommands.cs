using System.CommandLine;
using LegalReview.Data;
using LegalReview.Data.Backup;
using Microsoft.Extensions.Configuration;

namespace LegalReview.Cli.Commands.Backup;

/// <summary>`legalreview backup DIR` and `legalreview restore DIR [--force]` (SQLite data folders).</summary>
public static class BackupCommands
{
    public static Command CreateBackup()
    {
        var target = new Argument<DirectoryInfo>("DIR") { Description = "Thư mục trống để ghi bản sao lưu" };
        var command = new Command("backup", "Sao lưu cơ sở dữ liệu (kèm bản gốc của văn bản) và tệp của thư mục dữ liệu") { target };
        command.SetAction((result, ct) => BackupAsync(result.GetValue(GlobalOptions.Data), result.GetValue(target)!, ct));
        return command;
    }

    public static Command CreateRestore()
    {
        var source = new Argument<DirectoryInfo>("DIR") { Description = "Thư mục bản sao lưu (do `legalreview backup` tạo)" };
        var force = new Option<bool>("--force") { Description = "Ghi đè thư mục dữ liệu đã có cơ sở dữ liệu" };
        var command = new Command("restore", "Khôi phục bản sao lưu rồi xây dựng lại chỉ mục tìm kiếm") { source, force };
        command.SetAction((result, ct) =>
            RestoreAsync(result.GetValue(GlobalOptions.Data), result.GetValue(source)!, result.GetValue(force), ct));
        return command;
    }

    public static async Task<int> BackupAsync(DirectoryInfo? data, DirectoryInfo target, CancellationToken ct)
    {
        try
        {
            var manifest = await new BackupService(TimeProvider.System).BackupAsync(Settings(data), target.FullName, ct);
            Console.WriteLine($"Đã sao lưu {manifest.Documents} văn bản, {manifest.Versions} phiên bản và {manifest.Files.Count} tệp vào {target.FullName}.");
            return 0;
        }
        catch (Exception ex) when (ex is BackupException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("Lỗi: " + ex.Message);
            return 1;
        }
    }

    public static async Task<int> RestoreAsync(DirectoryInfo? data, DirectoryInfo source, bool force, CancellationToken ct)
    {
        try
        {
            var manifest = await new BackupService(TimeProvider.System).RestoreAsync(Settings(data), source.FullName, force, ct);
            Console.WriteLine($"Đã khôi phục {manifest.Documents} văn bản, {manifest.Versions} phiên bản (sao lưu lúc {manifest.CreatedAt:yyyy-MM-dd HH:mm} UTC).");
        }
        catch (Exception ex) when (ex is BackupException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("Lỗi: " + ex.Message);
            return 1;
        }

        // The index is derived data: rebuilt from the restored database (also migrates an older backup's schema).
        return await Search.ReindexCommand.RunAsync(data, ct);
    }

    private static DatabaseSettings Settings(DirectoryInfo? data) =>
        DatabaseSettings.FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build(), data?.FullName);
}
