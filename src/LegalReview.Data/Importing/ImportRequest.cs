namespace LegalReview.Data.Importing;

/// <summary>
/// One import with everything optional spelled out (crawled documents). <see cref="DocumentImportService.ImportAsync(string, byte[], string, CancellationToken)"/>
/// is the plain-file shortcut.
/// </summary>
/// <param name="FileName">Name stored with the version; its extension picks the text extractor when <paramref name="Paragraphs"/> is null.</param>
/// <param name="Bytes">Raw bytes stored with the version (the file, or the crawled page).</param>
/// <param name="Source">Where it came from (file name, URL, "samples/…").</param>
/// <param name="Paragraphs">Text already extracted by the source (HTML full text); when set, <paramref name="Bytes"/> are stored but not extracted.</param>
/// <param name="MediaType">Media type of <paramref name="Bytes"/> when <paramref name="Paragraphs"/> is set.</param>
/// <param name="FallbackNumber">Number to use when the text's header has none (the source's metadata).</param>
/// <param name="FallbackIssuer">Issuer to use when the text's header has none.</param>
/// <param name="BeforeSave">Called inside the import transaction before it is saved, also for an unchanged text, so a caller's rows (change events …) commit or roll back together with the import.</param>
public sealed record ImportRequest(
    string FileName,
    byte[] Bytes,
    string Source,
    IReadOnlyList<string>? Paragraphs = null,
    string? MediaType = null,
    string? FallbackNumber = null,
    string? FallbackIssuer = null,
    ImportCallback? BeforeSave = null);
