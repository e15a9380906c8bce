using System.Security.Claims;
using LegalReview.Data;
using LegalReview.Data.Annotations;
using LegalReview.Web.Documents;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Annotations;

/// <summary>Loads <see cref="DocumentAnnotations"/> for the document page (one query for the annotations).</summary>
public sealed class DocumentAnnotationsLoader(AnnotationService annotations, LegalReviewDbContext db)
{
    public async Task<DocumentAnnotations> LoadAsync(DocumentDetails details, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var userName = user.Identity?.Name ?? "";
        var documentId = details.Document.Id;
        var versionId = details.Provisions.Count > 0 ? details.Provisions[0].VersionId : (long?)null;
        var all = await annotations.ForDocumentAsync(documentId, userName, ct);
        var versionNumbers = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == documentId)
            .ToDictionaryAsync(v => v.Id, v => v.VersionNumber, ct);
        var anchored = all.Where(a => a.VersionId == versionId
                                      && a.AnchorStatus is AnchorStatus.Anchored or AnchorStatus.ReAnchored).ToList();
        var attention = details.IsLatest && !details.Version.IsConsolidated
            ? all.Where(a => a.AnchorStatus is AnchorStatus.ProvisionChanged or AnchorStatus.ProvisionRemoved).ToList()
            : [];
        return new DocumentAnnotations(
            documentId, versionId, versionId is not null && !details.Version.IsConsolidated, userName, anchored, attention, versionNumbers);
    }
}
