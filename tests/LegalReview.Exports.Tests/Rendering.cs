using System.Diagnostics;

namespace LegalReview.Exports.Tests;

/// <summary>
/// Renders a .docx to PDF with LibreOffice (LEGALREVIEW_SOFFICE) and the PDF to PNG pages with pdftoppm, so a reader
/// can look at what the authority will receive. Returns null when LEGALREVIEW_SOFFICE is not set (CI sets it).
/// </summary>
internal static class Rendering
{
    public static string? Soffice => Environment.GetEnvironmentVariable("LEGALREVIEW_SOFFICE") is { Length: > 0 } s ? s : null;

    /// <summary>PNG files of the pages (name-1.png, name-2.png …) in <paramref name="outDir"/>.</summary>
    public static IReadOnlyList<string>? ToPng(byte[] docx, string name, string outDir, int maxPages = 20)
    {
        if (Soffice is not { } soffice) return null;
        var work = Directory.CreateTempSubdirectory("lr-render-");
        try
        {
            var docxPath = Path.Combine(work.FullName, name + ".docx");
            File.WriteAllBytes(docxPath, docx);
            // A private profile: a second LibreOffice on the machine would otherwise hold the default profile's lock.
            var profile = "file://" + Path.Combine(work.FullName, "profile");
            Run(soffice, work.FullName, $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", work.FullName, docxPath);
            var pdf = Path.Combine(work.FullName, name + ".pdf");
            if (!File.Exists(pdf)) throw new InvalidOperationException("LibreOffice produced no PDF for " + name);
            Directory.CreateDirectory(outDir);
            foreach (var old in Directory.GetFiles(outDir, name + "-*.png")) File.Delete(old);
            Run("pdftoppm", work.FullName, "-png", "-r", "80", "-f", "1", "-l", maxPages.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, Path.Combine(outDir, name));
            return Directory.GetFiles(outDir, name + "-*.png").Order(StringComparer.Ordinal).ToList();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Runs a tool and fails with its error output when it exits non-zero.</summary>
    private static void Run(string file, string workDir, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Cannot start " + file);
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException(file + " did not finish in 3 minutes");
        }

        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} exited with {process.ExitCode}: {stderr.Result}");
    }
}
