using LegalReview.Core.Documents;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using LegalReview.Data.Crawling;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Data;

/// <summary>
/// The LegalReview database: documents, versions, provisions and ASP.NET Identity. Provider-specific subclasses
/// (<see cref="SqliteLegalReviewDbContext"/>, <see cref="PostgresLegalReviewDbContext"/>) exist only so that each
/// provider has its own migrations; code depends on this type.
/// </summary>
public abstract class LegalReviewDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<LegalDocument> Documents => Set<LegalDocument>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<Provision> Provisions => Set<Provision>();
    public DbSet<EnactingBasis> EnactingBases => Set<EnactingBasis>();
    public DbSet<DocumentRelation> Relations => Set<DocumentRelation>();
    public DbSet<InstructionRecord> InstructionRecords => Set<InstructionRecord>();
    public DbSet<ChangeEvent> ChangeEvents => Set<ChangeEvent>();
    public DbSet<CrawlRunRecord> CrawlRuns => Set<CrawlRunRecord>();
    public DbSet<CrawlFrontierItem> CrawlFrontier => Set<CrawlFrontierItem>();
    public DbSet<CrawlUrlRecord> CrawlUrls => Set<CrawlUrlRecord>();
    public DbSet<CrawlFaultRecord> CrawlFaults => Set<CrawlFaultRecord>();
    public DbSet<CrawledItem> CrawledItems => Set<CrawledItem>();
    public DbSet<CrawlSourceSchedule> CrawlSchedules => Set<CrawlSourceSchedule>();
    public DbSet<AdminAlert> AdminAlerts => Set<AdminAlert>();

    // Reviewing (campaigns, review items, sheets) and the audit trail of review data.
    public DbSet<Auditing.AuditEntry> AuditEntries => Set<Auditing.AuditEntry>();
    public DbSet<Reviewing.ReviewCampaign> ReviewCampaigns => Set<Reviewing.ReviewCampaign>();
    public DbSet<Reviewing.ReviewItem> ReviewItems => Set<Reviewing.ReviewItem>();
    public DbSet<Reviewing.ReviewItemTransition> ReviewItemTransitions => Set<Reviewing.ReviewItemTransition>();
    public DbSet<Reviewing.ReviewSheet> ReviewSheets => Set<Reviewing.ReviewSheet>();
    public DbSet<Reviewing.ReviewSheetRow> ReviewSheetRows => Set<Reviewing.ReviewSheetRow>();
    public DbSet<Reviewing.ReviewTriggerCursor> ReviewTriggerCursors => Set<Reviewing.ReviewTriggerCursor>();
    // Alerts (issue #8): watches, inbox notifications, sent-markers, cursors, feed tokens.
    public DbSet<Alerts.Watch> AlertWatches => Set<Alerts.Watch>();
    public DbSet<Alerts.AlertNotification> AlertNotifications => Set<Alerts.AlertNotification>();
    public DbSet<Alerts.AlertDelivery> AlertDeliveries => Set<Alerts.AlertDelivery>();
    public DbSet<Alerts.AlertCursor> AlertCursors => Set<Alerts.AlertCursor>();
    public DbSet<Alerts.AlertSubscriber> AlertSubscribers => Set<Alerts.AlertSubscriber>();

    // Search: the index outbox, written in the import transaction and drained into the search index.
    public DbSet<Search.SearchOutboxEntry> SearchOutbox => Set<Search.SearchOutboxEntry>();

    // Findings feature (issue #6 part B): annotations, findings, practice problems register.
    public DbSet<Annotations.Annotation> Annotations => Set<Annotations.Annotation>();
    public DbSet<Annotations.AnnotationReply> AnnotationReplies => Set<Annotations.AnnotationReply>();
    public DbSet<Annotations.ReanchorCursor> ReanchorCursors => Set<Annotations.ReanchorCursor>();
    public DbSet<Findings.Finding> Findings => Set<Findings.Finding>();
    public DbSet<Findings.FindingProvision> FindingProvisions => Set<Findings.FindingProvision>();
    public DbSet<Practice.PracticeProblem> PracticeProblems => Set<Practice.PracticeProblem>();
    public DbSet<Practice.PracticeProblemProvision> PracticeProblemProvisions => Set<Practice.PracticeProblemProvision>();

    // Proposals (kiến nghị): issue #7.
    public DbSet<Proposals.Proposal> Proposals => Set<Proposals.Proposal>();
    public DbSet<Proposals.ProposalItem> ProposalItems => Set<Proposals.ProposalItem>();
    public DbSet<Proposals.ProposalRevision> ProposalRevisions => Set<Proposals.ProposalRevision>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LegalReviewDbContext).Assembly);
        Auditing.AuditModel.ConfigureConcurrencyTokens(builder);
    }
}
