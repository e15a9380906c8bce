using System.Security.Claims;
using LegalReview.Data.Annotations;
using LegalReview.Web.Documents;

namespace LegalReview.Web.Annotations;

/// <summary>Loads <see cref="DocumentAnnotations"/> for the document page (one query for the annotations).</summary>
public sealed class DocumentAnnotationsLoader(AnnotationService annotations)
{
    /// <param name="hasProvisions">Whether the displayed version has any unit (annotations anchor to units).</param>
    public async Task<DocumentAnnotations> LoadAsync(DocumentDetails details, bool hasProvisions, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(user);
        var userName = user.Identity?.Name ?? "";
        var documentId = details.Document.Id;
        var versionId = hasProvisions ? details.VersionId : (long?)null;
        var all = await annotations.ForDocumentAsync(documentId, userName, ct);
        var versionNumbers = details.VersionNumbers;
        var anchored = all.Where(a => a.VersionId == versionId
                                      && a.AnchorStatus is AnchorStatus.Anchored or AnchorStatus.ReAnchored).ToList();
        var attention = details.IsLatest && !details.Version.IsConsolidated
            ? all.Where(a => a.AnchorStatus is AnchorStatus.ProvisionChanged or AnchorStatus.ProvisionRemoved).ToList()
            : [];
        return new DocumentAnnotations(
            documentId, versionId, versionId is not null && !details.Version.IsConsolidated, userName, anchored, attention, versionNumbers);
    }
}
