using LegalReview.Data.Auditing;

namespace LegalReview.Data.Annotations;

/// <summary>A reply in an annotation's thread.</summary>
public class AnnotationReply : IAuditable
{
    public long Id { get; set; }
    public long AnnotationId { get; set; }
    public string Author { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public int RowVersion { get; set; }
}
