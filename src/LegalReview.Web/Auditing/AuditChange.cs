namespace LegalReview.Web.Auditing;

/// <summary>One property of an audit entry: value before and after ("" when absent).</summary>
public sealed record AuditChange(string Property, string Before, string After);
