using LegalReview.Core.Documents;

namespace LegalReview.Data.Importing;

/// <summary>
/// Hook into an import's transaction (see <see cref="ImportRequest.BeforeSave"/>). <paramref name="addedVersion"/> is
/// null when the text was unchanged; ids of new rows are not assigned yet, so link through navigations or the
/// entities themselves.
/// </summary>
public delegate Task ImportCallback(
    LegalDocument document, DocumentVersion? addedVersion, ImportStatus status, LegalReviewDbContext db, CancellationToken ct);
