namespace LegalReview.Data.Reviewing;

/// <summary>The last <c>ChangeEvent</c> the triggered review has processed (a single row, <see cref="Id"/> = 1).</summary>
public class ReviewTriggerCursor
{
    public int Id { get; set; }
    public long LastChangeEventId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
