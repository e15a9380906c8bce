namespace LegalReview.Exports.Lists;

/// <summary>One column of a list: header, relative width and value.</summary>
public sealed record CatalogueColumn(string Header, int Width, Func<CatalogueDocument, string> Value);
