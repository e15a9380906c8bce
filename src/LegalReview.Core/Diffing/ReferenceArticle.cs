namespace LegalReview.Core.Diffing;

/// <summary>One article of the reference: its number, how ours compares, and the word similarity (0–1).</summary>
public sealed record ReferenceArticle(string Label, ReferenceMatch Match, double Similarity);
