namespace LegalReview.Browser.Tests.Infrastructure;

/// <summary>
/// Finds the system Chromium (Debian package). Browsers are never downloaded: CI sets LEGALREVIEW_CHROMIUM,
/// a developer machine falls back to /usr/bin/chromium, and anything else fails with a message saying what to install.
/// </summary>
public static class ChromiumLocator
{
    public const string Variable = "LEGALREVIEW_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Flags for a headless run in a container: no sandbox (root), no GPU, no phoning home.</summary>
    public static readonly IReadOnlyList<string> Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(string.IsNullOrWhiteSpace(configured)
                ? $"Chromium not found at {DefaultPath}: install the Debian package (apt-get install chromium) or set {Variable} to a Chromium executable."
                : $"{Variable}={configured} does not exist: point it at a Chromium executable (Debian: /usr/bin/chromium).");
        }

        return path;
    }
}
