using LegalReview.Data.Reviewing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LegalReview.Data.Tests.Reviewing;

/// <summary>The review services over one context, with the test database's fake clock.</summary>
internal sealed class ReviewServices(TestDatabase database, LegalReviewDbContext db)
{
    public LegalReviewDbContext Db => db;
    public ReviewItemService Items { get; } = new(db, database.Time);
    public ReviewWorkflowService Workflow { get; } = new(db, database.Time);
    public ReviewSheetService Sheets { get; } = new(db, database.Time);

    public ReviewTriggerService Triggers => new(db, Items, database.Time, NullLogger<ReviewTriggerService>.Instance);
}
