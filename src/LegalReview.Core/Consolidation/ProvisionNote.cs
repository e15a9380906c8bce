namespace LegalReview.Core.Consolidation;

/// <summary>A footnote on a unit of a consolidated text ("Khoản này được sửa đổi, bổ sung theo quy định tại …").</summary>
public sealed record ProvisionNote(string ProvisionId, string Text);
