namespace LegalReview.Core.Parsing;

/// <summary>
/// The input is not something we can turn into a legal document (empty, binary, not a normative text, too large).
/// The message is a one-line reason in Vietnamese-friendly plain words, shown to users as is.
/// </summary>
public sealed class DocumentRejectedException(string reason) : Exception(reason);
