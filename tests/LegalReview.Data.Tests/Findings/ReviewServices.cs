using LegalReview.Data.Annotations;
using LegalReview.Data.Findings;
using LegalReview.Data.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Data.Tests.Findings;

/// <summary>The findings feature's services over one context of a <see cref="TestDatabase"/>.</summary>
internal sealed class ReviewServices(TestDatabase database, LegalReviewDbContext db)
{
    public LegalReviewDbContext Db { get; } = db;

    public FindingService Findings => new(Db, new ProvisionResolver(Db), database.Time, NullLogger<FindingService>.Instance);

    public AnnotationService Annotations => new(Db, database.Time, NullLogger<AnnotationService>.Instance);

    public AnnotationReanchorService Reanchor => new(Db, database.Time, NullLogger<AnnotationReanchorService>.Instance);

    public FindingSuggestionService Suggestions => new(Db, database.Time);

    public PracticeProblemService Problems =>
        new(Db, new ProvisionResolver(Db), Findings, database.Time, NullLogger<PracticeProblemService>.Instance);

    /// <summary>Latest version id and the full stable id of the provision ending with <paramref name="shortId"/>.</summary>
    public async Task<(long DocumentId, long VersionId, string StableId, string Text)> ProvisionAsync(string number, string shortId)
    {
        var document = await Db.Documents.SingleAsync(d => d.Number == number);
        var version = await Db.DocumentVersions.Where(v => v.DocumentId == document.Id && v.ConsolidatedAsOf == null)
            .OrderByDescending(v => v.VersionNumber).FirstAsync();
        var provision = await Db.Provisions.SingleAsync(p => p.VersionId == version.Id && (p.StableId == shortId || p.StableId.EndsWith("/" + shortId)));
        return (document.Id, version.Id, provision.StableId, provision.Text);
    }
}
