namespace LegalReview.Crawlers;

/// <summary>A relation the source lists between this document and another one.</summary>
/// <param name="Type">The source's relation label, e.g. <c>Văn bản được hướng dẫn</c>, <c>Văn bản bị sửa đổi</c>, <c>Văn bản căn cứ</c>.</param>
/// <param name="TargetNumber">Số, ký hiệu of the other document when known.</param>
/// <param name="TargetTitle">Title of the other document as shown.</param>
/// <param name="TargetUrl">Link to the other document on the source, when given.</param>
public sealed record DocumentRelation(string Type, string? TargetNumber, string? TargetTitle, Uri? TargetUrl = null);
