using LegalReview.Core.Documents;

namespace LegalReview.Web.Documents;

/// <summary>One row of the document list.</summary>
public sealed record DocumentListItem(
    long Id, string Number, string TypeName, DocumentType Type, string Title, string Issuer, DateOnly? IssuedOn,
    DateOnly? EffectiveOn, Validity Validity, int VersionCount);
