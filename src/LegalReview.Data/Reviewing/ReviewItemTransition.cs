namespace LegalReview.Data.Reviewing;

/// <summary>One workflow step of a review item (who moved it from which status to which, with the comment).</summary>
public class ReviewItemTransition
{
    public long Id { get; set; }
    public long ReviewItemId { get; set; }
    public ReviewAction Action { get; set; }
    public ReviewItemStatus From { get; set; }
    public ReviewItemStatus To { get; set; }
    public string UserName { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? Comment { get; set; }
}
