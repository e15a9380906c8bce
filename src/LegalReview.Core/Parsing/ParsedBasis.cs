namespace LegalReview.Core.Parsing;

/// <summary>A "Căn cứ …" line with the cited document's type and number when the line gives them.</summary>
public sealed record ParsedBasis(string Text, string? DocumentType, string? Number);
