namespace LegalReview.Web.Auditing;

/// <summary>Model of the audit-trail table (page and view component).</summary>
public sealed record AuditTrailModel(string EntityType, string EntityId, IReadOnlyList<AuditRow> Rows);
