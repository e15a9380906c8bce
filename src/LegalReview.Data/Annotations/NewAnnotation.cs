namespace LegalReview.Data.Annotations;

/// <summary>
/// Words selected in a provision plus the comment. Prefix/suffix are the browser's hint to tell repeated words apart;
/// the service locates the quote in the stored text itself.
/// </summary>
public sealed record NewAnnotation(
    long DocumentId,
    long VersionId,
    string StableId,
    string QuotedText,
    string? Prefix,
    string? Suffix,
    string Comment,
    AnnotationVisibility Visibility);
