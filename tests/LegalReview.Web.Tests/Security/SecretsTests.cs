using System.Text.Json;
using System.Text.RegularExpressions;

namespace LegalReview.Web.Tests.Security;

/// <summary>No secrets in the repository: configuration ships empty passwords, no keys or tokens anywhere.</summary>
public sealed partial class SecretsTests
{
    // The throw-away credentials of the local test/compose PostgreSQL are documented, not secret.
    private static readonly string[] KnownLocalPasswords = ["legalreview", "…"];

    private static readonly string[] TextExtensions =
        [".cs", ".json", ".yml", ".yaml", ".md", ".sh", ".props", ".csproj", ".cshtml", ".js", ".css", ".txt", ".config", ".env", ".xml", ""];

    [Fact]
    public void AppSettings_EveryFile_HasNoPasswordOrConnectionStringPassword()
    {
        var files = RepoFiles().Where(f => Path.GetFileName(f).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
            && f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();
        files.ShouldNotBeEmpty();

        var findings = new List<string>();
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            Walk(json.RootElement, "", (path, value) =>
            {
                if (SecretKey().IsMatch(path) && value.Length > 0)
                    findings.Add($"{file}: {path} is set");
                if (ConnectionPassword().Match(value) is { Success: true } m && !KnownLocalPasswords.Contains(m.Groups[1].Value))
                    findings.Add($"{file}: {path} holds a password");
            });
        }

        findings.ShouldBeEmpty();
    }

    [Fact]
    public void Repository_TextFiles_HoldNoPrivateKeysOrAccessTokens()
    {
        var findings = new List<string>();
        foreach (var file in RepoFiles().Where(f => TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())))
        {
            var info = new FileInfo(file);
            if (info.Length > 2_000_000) continue;
            var text = File.ReadAllText(file);
            foreach (Match m in TokenPattern().Matches(text))
                findings.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: {m.Value[..Math.Min(24, m.Value.Length)]}…");
        }

        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public void TokenPattern_KnownSecretShapes_AreDetected()
    {
        // Guards the scanner: it must see what it is meant to catch.
        TokenPattern().IsMatch("-----BEGIN RSA " + "PRIVATE KEY-----").ShouldBeTrue();
        TokenPattern().IsMatch("AKIA" + "ABCDEFGHIJKLMNOP").ShouldBeTrue();
        TokenPattern().IsMatch("ghp_" + new string('a', 36)).ShouldBeTrue();
        SecretKey().IsMatch("Admin:Password").ShouldBeTrue();
        ConnectionPassword().Match("Host=x;Password=hunter2;").Groups[1].Value.ShouldBe("hunter2");
    }

    private static IEnumerable<string> RepoFiles()
    {
        var skip = new[] { "bin", "obj", ".git", "node_modules", "TestResults", "artifacts" };
        var pending = new Stack<string>([RepoPaths.Root]);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(dir).Where(d => !skip.Contains(Path.GetFileName(d))))
                pending.Push(sub);
            foreach (var file in Directory.EnumerateFiles(dir))
                yield return file;
        }
    }

    private static void Walk(JsonElement element, string path, Action<string, string> visit)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject()) Walk(p.Value, path.Length == 0 ? p.Name : path + ":" + p.Name, visit);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) Walk(item, $"{path}:{i++}", visit);
                break;
            case JsonValueKind.String:
                visit(path, element.GetString() ?? "");
                break;
        }
    }

    [GeneratedRegex(@"(password|secret|apikey|api_key|token|clientsecret)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretKey();

    [GeneratedRegex(@"(?:Password|Pwd)\s*=\s*([^;""]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionPassword();

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----|AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,}|xox[abpr]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{20,}")]
    private static partial Regex TokenPattern();
}
