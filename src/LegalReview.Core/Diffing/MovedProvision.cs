namespace LegalReview.Core.Diffing;

/// <summary>A provision found under another id in the newer version (renumbered or moved).</summary>
public sealed record MovedProvision(string From, string To, double Similarity);
