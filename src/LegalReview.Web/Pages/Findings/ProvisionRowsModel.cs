using LegalReview.Web.Findings;

namespace LegalReview.Web.Pages.Findings;

/// <summary>Model of the _ProvisionRows partial: form field prefix, rows, numbers for autocomplete.</summary>
public sealed record ProvisionRowsModel(string Prefix, IList<ProvisionRow> Rows, IReadOnlyList<(string Number, string Title)> Choices);
