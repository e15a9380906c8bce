using LegalReview.Core.Documents;

namespace LegalReview.Exports.Proposals;

/// <summary>One structural unit as stored (label without its "Điều"/"." decoration, own text without children's).</summary>
public sealed record ProvisionUnit(ProvisionKind Kind, string Label, string? Heading, string Text);
