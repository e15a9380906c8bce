namespace LegalReview.Data.Reviewing;

/// <summary>One reviewer's items in a campaign by stage ("(chưa giao)" for unassigned items).</summary>
public sealed record ReviewerWorkload(string Reviewer, int Total, int Open, int Submitted, int Returned, int Done);
