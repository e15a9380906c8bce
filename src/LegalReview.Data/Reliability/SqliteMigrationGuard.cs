using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data.Reliability;

/// <summary>
/// EF Core's SQLite migration lock is a row in __EFMigrationsLock; a process killed (kill -9, power loss) while
/// migrating leaves the row behind, and every later start then waits for it forever. Migrations on one data folder
/// therefore first take an OS file lock (released by the kernel when the holder dies): whoever holds it is the only
/// migrator, so any lock row it finds is stale and is removed before <c>Migrate</c>.
/// </summary>
public static class SqliteMigrationGuard
{
    public const string LockFileName = ".migrate.lock";

    // How .NET reports a file locked by another process: errno EWOULDBLOCK (11) on Linux, a sharing violation on Windows.
    private const int WouldBlock = 11;
    private const int SharingViolation = unchecked((int)0x80070020);

    /// <summary>Migrates <paramref name="db"/>; for SQLite under the data-folder file lock with stale lock rows cleared.</summary>
    public static async Task MigrateAsync(DbContext db, DatabaseSettings settings, CancellationToken ct)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            await db.Database.MigrateAsync(ct);
            return;
        }

        await using var fileLock = await AcquireAsync(Path.Combine(settings.DataFolder, LockFileName), ct);
        await ClearStaleLockRowAsync(settings.ConnectionString, ct);
        await db.Database.MigrateAsync(ct);
    }

    private static async Task<FileStream> AcquireAsync(string path, CancellationToken ct)
    {
        while (true)
        {
            try
            {
                // Kept on disk (no DeleteOnClose): deleting it would let two processes lock two different files.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException ex) when (ex.HResult is WouldBlock or SharingViolation && !ct.IsCancellationRequested)
            {
                // Another live process is migrating this folder; it will finish (or die, which frees the lock).
                await Task.Delay(200, ct);
            }
        }
    }

    private static async Task ClearStaleLockRowAsync(string connectionString, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!File.Exists(builder.DataSource)) return;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0) return;
        await using var clear = connection.CreateCommand();
        clear.CommandText = "DELETE FROM __EFMigrationsLock";
        await clear.ExecuteNonQueryAsync(ct);
    }
}
