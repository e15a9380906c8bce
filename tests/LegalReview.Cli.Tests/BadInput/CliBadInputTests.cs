using Microsoft.Data.Sqlite;

namespace LegalReview.Cli.Tests.BadInput;

/// <summary>
/// Bad CLI arguments and configuration: a non-zero exit, a clear message on stderr without a stack trace, and the
/// data folder's rows unchanged. The cases are listed in docs/bad-input.md by id.
/// </summary>
public sealed class CliBadInputTests(CliBadInputTests.DataFolderWithLabourCode data) : IClassFixture<CliBadInputTests.DataFolderWithLabourCode>
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "cli-import-missing-path", "import|/nonexistent/khong-co.txt", "không tìm thấy tệp hoặc thư mục" },
        { "cli-import-system-file", "import|/etc/passwd", "Định dạng tệp không được hỗ trợ" },
        { "cli-import-binary-as-txt", "import|{fixtures}/binary-garbage.txt", "từ chối" },
        { "cli-import-empty-txt", "import|{fixtures}/empty.txt", "từ chối" },
        { "cli-unknown-command", "frobnicate", "Unrecognized command or argument 'frobnicate'" },
        { "cli-search-without-query", "search", "Required argument missing for command: 'search'" },
        { "cli-search-top-out-of-range", "search|lao động|--top|-5", "--top phải từ 1 đến 100" },
        { "cli-search-unbalanced-quote", "search|\"hợp đồng", "ngoặc kép" },
        { "cli-crawl-unknown-source", "crawl|nope", "Argument 'nope' not recognized" },
        { "cli-diff-one-file", "diff|{samples}/laws/bo-luat-lao-dong-2019_45-2019-QH14.txt", "Required argument missing for command: 'diff'" },
        { "cli-restore-not-a-backup", "restore|/etc", "không phải bản sao lưu LegalReview" },
        { "cli-backup-into-data-folder", "backup|{data}/sao-luu", "nằm trong thư mục dữ liệu" },
        { "cli-bench-web-users-zero", "bench|web|--url|http://127.0.0.1:9|--users|0|--password|x", "--users phải từ 1 đến 1000" },
        { "cli-bench-web-not-http-url", "bench|web|--url|ftp://127.0.0.1/|--password|x", "không phải địa chỉ http(s) hợp lệ" },
        { "cli-bench-web-without-password", "bench|web|--url|http://127.0.0.1:9", "cần mật khẩu" },
        { "cli-bench-web-nothing-listening", "bench|web|--url|http://127.0.0.1:9|--password|x|--seconds|1", "Lỗi: " },
        { "cli-parse-page-unknown-source", "parse-page|nope|{samples}/laws/bo-luat-lao-dong-2019_45-2019-QH14.txt", "'nope'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Cli_BadArgument_NonZeroExitClearMessageUnchangedData(string id, string arguments, string message)
    {
        var args = arguments.Split('|').Select(a => a.Replace("{fixtures}", RepoPaths.Fixtures("bad-input"))
            .Replace("{samples}", Path.Combine(RepoPaths.Root, "samples")).Replace("{data}", data.Folder)).Concat(["--data", data.Folder]).ToArray();
        var before = await CliProcess.CountsAsync(data.Folder);

        var result = await CliRunner.RunAsync(args);

        result.ExitCode.ShouldNotBe(0, id);
        (result.Output + result.Error).ShouldContain(message, Case.Sensitive, id);
        result.Error.ShouldNotContain("   at ", Case.Sensitive, id);
        (await CliProcess.CountsAsync(data.Folder)).ShouldBe(before, id);
    }

    public static TheoryData<string, string, string, string> ConfigurationCases => new()
    {
        { "config-unknown-database-provider", "Database__Provider", "Oracle", "Database:Provider='Oracle' is not supported" },
        { "config-postgres-without-connection-string", "Database__Provider", "Postgres", "needs ConnectionStrings:LegalReview" },
        { "config-search-engine-unknown", "Search__Engine", "Solr", "Solr" },
    };

    [Theory]
    [MemberData(nameof(ConfigurationCases))]
    public async Task Cli_BadConfiguration_OneLineReasonNoStackTrace(string id, string variable, string value, string message)
    {
        var before = await CliProcess.CountsAsync(data.Folder);

        var result = await CliProcess.RunAsync(new Dictionary<string, string> { [variable] = value }, "verify", "--data", data.Folder);

        result.ExitCode.ShouldNotBe(0, id);
        result.Error.ShouldContain(message, Case.Sensitive, id);
        result.Error.ShouldNotContain("   at ", Case.Sensitive, id);
        (await CliProcess.CountsAsync(data.Folder)).ShouldBe(before, id);
    }

    [Fact]
    public async Task Cli_DataFolderIsAFile_SaysSoWithoutStackTrace()
    {
        var file = Path.Combine(data.Folder, "not-a-folder.txt");
        await File.WriteAllTextAsync(file, "x");

        var result = await CliRunner.RunAsync("verify", "--data", file);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--data phải là một thư mục");
        result.Error.ShouldNotContain("   at ");
    }

    /// <summary>A data folder holding the Labour Code, shared by the cases (each must leave it as it was).</summary>
    public sealed class DataFolderWithLabourCode : IAsyncLifetime
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "legalreview-cli-badinput", Guid.NewGuid().ToString("N"));

        public async Task InitializeAsync()
        {
            var result = await CliRunner.RunAsync("import", RepoPaths.Samples(Path.Combine("laws", "bo-luat-lao-dong-2019_45-2019-QH14.txt")), "--data", Folder);
            result.ExitCode.ShouldBe(0, result.Error);
        }

        public Task DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
