namespace LegalReview.Crawlers.Sources.CongBao;

/// <summary>One document row of a gazette issue, carried in the frontier from the issue page to the file fetch.</summary>
/// <param name="DetailUrl">NoiDung?openForm&amp;ParentUNID=… (the document's identity on the site).</param>
/// <param name="Files">Attached files (.doc, .docx, .pdf), absolute, in page order.</param>
/// <param name="IssuedOn">Date in the first column.</param>
/// <param name="Category">doc-cate text, e.g. "Quyết định của UBND tỉnh".</param>
/// <param name="Notation">doc-notation without the leading "số", e.g. "37/2026/QĐ-UBND".</param>
/// <param name="Title">The rest of the link text (trích yếu).</param>
/// <param name="Section">level1-heading, e.g. "Phần văn bản quy phạm pháp luật".</param>
/// <param name="IssuerGroup">level2-heading, e.g. "UBND Tỉnh".</param>
/// <param name="Page">Page number in the gazette issue.</param>
public sealed record CongBaoRow(
    Uri DetailUrl, IReadOnlyList<Uri> Files, DateOnly? IssuedOn, string? Category, string? Notation, string? Title,
    string? Section, string? IssuerGroup, string? Page);
