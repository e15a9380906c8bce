using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace LegalReview.Data.Backup;

/// <summary>
/// Backup and restore of a SQLite data folder. The database (documents, versions with their raw snapshot bytes,
/// review data, accounts) is copied with SQLite's online backup API, so a running app can stay up; other files of
/// the data folder (data-protection keys …) are copied as they are. The search index is not saved: it is rebuilt
/// from the database after a restore.
/// </summary>
public sealed class BackupService(TimeProvider time)
{
    /// <summary>Folders of the data folder that are derived from the database and never saved.</summary>
    public static readonly IReadOnlyList<string> DerivedFolders = ["search-index"];

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Saves <paramref name="settings"/>' database and data-folder files into <paramref name="target"/>.</summary>
    /// <exception cref="BackupException">Not SQLite, no database, or the target is not empty.</exception>
    public async Task<BackupManifest> BackupAsync(DatabaseSettings settings, string target, CancellationToken ct)
    {
        RequireSqlite(settings);
        var source = DatabasePath(settings.DataFolder);
        if (!File.Exists(source))
            throw new BackupException($"Không có cơ sở dữ liệu để sao lưu: {source} không tồn tại.");
        target = Path.GetFullPath(target);
        if (IsInside(target, settings.DataFolder))
            throw new BackupException($"Thư mục sao lưu {target} nằm trong thư mục dữ liệu; hãy chọn thư mục khác.");
        RequireEmpty(target, force: false, "sao lưu");
        Directory.CreateDirectory(target);

        var partial = Path.Combine(target, BackupManifest.DatabaseFileName + ".partial");
        await using (var from = new SqliteConnection($"Data Source={source};Mode=ReadOnly;Pooling=False"))
        await using (var to = new SqliteConnection($"Data Source={partial};Pooling=False"))
        {
            await from.OpenAsync(ct);
            await to.OpenAsync(ct);
            from.BackupDatabase(to);
            // One self-contained file: the copy inherits WAL mode, whose side files a plain file copy would miss.
            await using var journal = to.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode=DELETE;";
            await journal.ExecuteNonQueryAsync(ct);
        }

        // Renamed only when complete, so a killed backup never looks like a good one.
        File.Move(partial, Path.Combine(target, BackupManifest.DatabaseFileName), overwrite: true);
        var files = CopyDataFiles(settings.DataFolder, target, ct);
        var (documents, versions) = await CountAsync(Path.Combine(target, BackupManifest.DatabaseFileName), ct);
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, time.GetUtcNow(), documents, versions, files);
        await File.WriteAllTextAsync(Path.Combine(target, BackupManifest.FileName), JsonSerializer.Serialize(manifest, Json), ct);
        return manifest;
    }

    /// <summary>Restores a backup made by <see cref="BackupAsync"/> into the data folder of <paramref name="settings"/>.</summary>
    /// <param name="force">Overwrite a data folder that already holds a database.</param>
    /// <exception cref="BackupException">Not a backup, damaged, or the data folder is not empty without <paramref name="force"/>.</exception>
    public async Task<BackupManifest> RestoreAsync(DatabaseSettings settings, string source, bool force, CancellationToken ct)
    {
        RequireSqlite(settings);
        source = Path.GetFullPath(source);
        var manifestPath = Path.Combine(source, BackupManifest.FileName);
        var database = Path.Combine(source, BackupManifest.DatabaseFileName);
        if (!File.Exists(manifestPath) || !File.Exists(database))
            throw new BackupException($"{source} không phải bản sao lưu LegalReview (thiếu {BackupManifest.FileName} hoặc {BackupManifest.DatabaseFileName}).");
        BackupManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, ct))
                ?? throw new BackupException($"{manifestPath} rỗng.");
        }
        catch (JsonException ex)
        {
            throw new BackupException($"{manifestPath} hỏng: {ex.Message}", ex);
        }

        if (manifest.Format != BackupManifest.CurrentFormat)
            throw new BackupException($"Bản sao lưu định dạng {manifest.Format} không được hỗ trợ (cần {BackupManifest.CurrentFormat}).");
        var (documents, versions) = await CountAsync(database, ct);
        if (documents != manifest.Documents || versions != manifest.Versions)
            throw new BackupException($"Bản sao lưu không khớp {BackupManifest.FileName}: {documents}/{versions} văn bản/phiên bản thay vì {manifest.Documents}/{manifest.Versions}.");

        var dataFolder = settings.DataFolder;
        if (File.Exists(DatabasePath(dataFolder)) && !force)
            throw new BackupException($"Thư mục dữ liệu {dataFolder} đã có cơ sở dữ liệu; dùng --force để ghi đè.");

        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(dataFolder);
        var partial = DatabasePath(dataFolder) + ".restoring";
        File.Copy(database, partial, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
            File.Delete(DatabasePath(dataFolder) + suffix);
        File.Move(partial, DatabasePath(dataFolder), overwrite: true);
        foreach (var relative in manifest.Files)
        {
            ct.ThrowIfCancellationRequested();
            var to = SafeCombine(dataFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(SafeCombine(source, relative), to, overwrite: true);
        }

        foreach (var derived in DerivedFolders.Select(d => Path.Combine(dataFolder, d)).Where(Directory.Exists))
            Directory.Delete(derived, recursive: true);
        return manifest;
    }

    private static List<string> CopyDataFiles(string dataFolder, string target, CancellationToken ct)
    {
        var copied = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dataFolder, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(dataFolder, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (DerivedFolders.Contains(top) || top.StartsWith(BackupManifest.DatabaseFileName, StringComparison.Ordinal)
                || top == Reliability.SqliteMigrationGuard.LockFileName)
                continue;
            var to = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
            copied.Add(relative.Replace(Path.DirectorySeparatorChar, '/'));
        }

        return copied;
    }

    private static async Task<(long Documents, long Versions)> CountAsync(string database, CancellationToken ct)
    {
        try
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync(ct);
            return (await ScalarAsync(connection, "SELECT COUNT(*) FROM Documents", ct),
                await ScalarAsync(connection, "SELECT COUNT(*) FROM DocumentVersions", ct));
        }
        catch (SqliteException ex)
        {
            throw new BackupException($"Tệp cơ sở dữ liệu {database} hỏng hoặc không phải của LegalReview: {ex.Message}", ex);
        }
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void RequireSqlite(DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
            throw new BackupException("Sao lưu/khôi phục chỉ dành cho SQLite; với PostgreSQL hãy dùng pg_dump/pg_restore.");
    }

    private static void RequireEmpty(string folder, bool force, string action)
    {
        if (!force && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new BackupException($"Thư mục {folder} không rỗng; hãy chọn một thư mục trống để {action}.");
    }

    private static string DatabasePath(string folder) => Path.Combine(folder, BackupManifest.DatabaseFileName);

    private static bool IsInside(string path, string folder) =>
        (path + Path.DirectorySeparatorChar).StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>A manifest path must stay inside its folder (a tampered backup cannot write elsewhere).</summary>
    private static string SafeCombine(string folder, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!IsInside(full, folder) || Path.IsPathRooted(relative))
            throw new BackupException($"Đường dẫn '{relative}' trong {BackupManifest.FileName} trỏ ra ngoài thư mục; bản sao lưu bị sửa đổi.");
        return full;
    }
}
