using LegalReview.Core.Importing;
using LegalReview.Core.Parsing;

namespace LegalReview.Cli.Commands;

/// <summary>Reading input files for commands, with the same refusals everywhere.</summary>
public static class CliFiles
{
    public const long MaxFileBytes = DocumentExtractionOptions.DefaultMaxBytes;

    /// <exception cref="DocumentRejectedException">Missing, unreadable, too large or unparsable file.</exception>
    public static byte[] Read(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new DocumentRejectedException("không tìm thấy tệp.");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new DocumentRejectedException($"tệp quá lớn ({file.Length / 1024 / 1024} MB, tối đa {MaxFileBytes / 1024 / 1024} MB).");
        }

        try
        {
            return File.ReadAllBytes(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentRejectedException("không đọc được tệp: " + ex.Message);
        }
    }

    /// <summary>The file's text as one string, one paragraph per line.</summary>
    public static string ExtractText(FileInfo file) => DocumentTextExtractor.Extract(file.Name, Read(file)).ToPlainText();

    public static ParsedDocument ParseFile(FileInfo file)
    {
        var bytes = Read(file);
        var text = DocumentTextExtractor.Extract(file.Name, bytes);
        return StructureParser.Parse(text.Paragraphs);
    }
}
