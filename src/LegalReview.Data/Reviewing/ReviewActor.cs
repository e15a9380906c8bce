namespace LegalReview.Data.Reviewing;

/// <summary>Who performs a workflow action: the user name and whether they hold the Lead (or Admin) role.</summary>
public sealed record ReviewActor(string UserName, bool IsLead);
