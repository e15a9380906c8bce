using LegalReview.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LegalReview.Data.Configurations;

internal sealed class SearchOutboxEntryConfiguration : IEntityTypeConfiguration<SearchOutboxEntry>
{
    public void Configure(EntityTypeBuilder<SearchOutboxEntry> builder)
    {
        builder.ToTable("SearchOutbox");
        builder.Property(e => e.Reason).HasMaxLength(40);
        builder.Property(e => e.LastError).HasMaxLength(1000);
        // The drainer reads pending entries in id order.
        builder.HasIndex(e => new { e.ProcessedAt, e.Id });
        builder.HasIndex(e => e.DocumentId);
    }
}
