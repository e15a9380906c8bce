namespace LegalReview.Data.Alerts;

/// <summary>Document metadata a saved search's filters are checked against (values as the index stores them).</summary>
/// <param name="Type">Invariant name of the document type ("Law").</param>
/// <param name="Validity">Invariant name of the validity ("InForce").</param>
public sealed record PercolatorDocument(
    long Id, string Number, string NormalizedNumber, string Title, string Type, string Issuer, string Validity, int? Year,
    IReadOnlyList<string> Topics);
