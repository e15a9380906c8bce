namespace LegalReview.Data.Annotations;

/// <summary>Where a quote was found in a provision's text; <see cref="Exact"/> is false for a tolerant match.</summary>
public sealed record QuoteMatch(int Start, int End, bool Exact, int ContextScore);
