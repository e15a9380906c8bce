using LegalReview.Core.Documents;
using LegalReview.Data.Annotations;
using LegalReview.Data.Findings;
using LegalReview.Data.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

// Annotations, findings and the practice problems register (issue #6 part B). Provisions are referenced by
// (document id, stable id, version id) rather than by Provision.Id: provision rows are rewritten per version, while
// these records must outlive any version. Documents are kept from deletion while review data points at them.
internal sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> builder)
    {
        builder.ToTable("Annotations");
        builder.Property(a => a.StableId).HasMaxLength(300);
        builder.Property(a => a.OriginalStableId).HasMaxLength(300);
        builder.Property(a => a.QuotedText).HasMaxLength(4000);
        builder.Property(a => a.OriginalQuotedText).HasMaxLength(4000);
        builder.Property(a => a.Prefix).HasMaxLength(100);
        builder.Property(a => a.Suffix).HasMaxLength(100);
        builder.Property(a => a.Comment).HasMaxLength(4000);
        builder.Property(a => a.Owner).HasMaxLength(256);
        builder.Property(a => a.AnchorNote).HasMaxLength(500);
        builder.Property(a => a.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.AnchorStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.RowVersion).IsConcurrencyToken();
        builder.HasIndex(a => new { a.DocumentId, a.StableId });
        builder.HasIndex(a => a.VersionId);
        builder.HasOne<LegalDocument>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Replies).WithOne().HasForeignKey(r => r.AnnotationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnotationReplyConfiguration : IEntityTypeConfiguration<AnnotationReply>
{
    public void Configure(EntityTypeBuilder<AnnotationReply> builder)
    {
        builder.ToTable("AnnotationReplies");
        builder.Property(r => r.Author).HasMaxLength(256);
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.Property(r => r.RowVersion).IsConcurrencyToken();
    }
}

internal sealed class ReanchorCursorConfiguration : IEntityTypeConfiguration<ReanchorCursor>
{
    public void Configure(EntityTypeBuilder<ReanchorCursor> builder)
    {
        builder.ToTable("ReanchorCursors");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(50);
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("Findings");
        builder.Property(f => f.Title).HasMaxLength(500);
        builder.Property(f => f.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Reasoning).HasMaxLength(8000);
        builder.Property(f => f.LegalBasis).HasMaxLength(2000);
        builder.Property(f => f.CreatedBy).HasMaxLength(256);
        builder.Property(f => f.DecidedBy).HasMaxLength(256);
        builder.Property(f => f.DecisionNote).HasMaxLength(2000);
        builder.Property(f => f.ResolvedBy).HasMaxLength(256);
        builder.Property(f => f.ResolutionNote).HasMaxLength(2000);
        builder.Property(f => f.SuggestionKey).HasMaxLength(300);
        builder.Property(f => f.RowVersion).IsConcurrencyToken();
        builder.HasIndex(f => f.Status);
        builder.HasIndex(f => f.SuggestionKey);
        builder.HasOne<LegalDocument>().WithMany().HasForeignKey(f => f.ResolutionDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Provisions).WithOne().HasForeignKey(p => p.FindingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FindingProvisionConfiguration : IEntityTypeConfiguration<FindingProvision>
{
    public void Configure(EntityTypeBuilder<FindingProvision> builder)
    {
        builder.ToTable("FindingProvisions");
        builder.Property(p => p.StableId).HasMaxLength(300);
        builder.Property(p => p.Excerpt).HasMaxLength(1000);
        builder.Property(p => p.RowVersion).IsConcurrencyToken();
        builder.HasIndex(p => new { p.DocumentId, p.StableId });
        builder.HasIndex(p => new { p.FindingId, p.DocumentId, p.StableId }).IsUnique();
        builder.HasOne<LegalDocument>().WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PracticeProblemConfiguration : IEntityTypeConfiguration<PracticeProblem>
{
    public void Configure(EntityTypeBuilder<PracticeProblem> builder)
    {
        builder.ToTable("PracticeProblems");
        builder.Property(p => p.SourceKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.SourceName).HasMaxLength(300);
        builder.Property(p => p.Description).HasMaxLength(8000);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.RowVersion).IsConcurrencyToken();
        builder.HasIndex(p => p.Status);
        builder.HasOne<Finding>().WithMany().HasForeignKey(p => p.FindingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Provisions).WithOne().HasForeignKey(p => p.PracticeProblemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PracticeProblemProvisionConfiguration : IEntityTypeConfiguration<PracticeProblemProvision>
{
    public void Configure(EntityTypeBuilder<PracticeProblemProvision> builder)
    {
        builder.ToTable("PracticeProblemProvisions");
        builder.Property(p => p.StableId).HasMaxLength(300);
        builder.Property(p => p.RowVersion).IsConcurrencyToken();
        builder.HasIndex(p => new { p.DocumentId, p.StableId });
        builder.HasOne<LegalDocument>().WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
