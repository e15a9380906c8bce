namespace LegalReview.Data.Annotations;

/// <summary>What a re-anchoring run did.</summary>
public sealed record ReanchorReport(int Events, int Anchored, int ReAnchored, int Changed, int Removed)
{
    public static readonly ReanchorReport Empty = new(0, 0, 0, 0, 0);

    public ReanchorReport Add(ReanchorReport other) => new(
        Events + other.Events, Anchored + other.Anchored, ReAnchored + other.ReAnchored, Changed + other.Changed, Removed + other.Removed);
}
