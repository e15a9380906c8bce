namespace LegalReview.Core.Diffing;

/// <summary>
/// Provision-level differences between two versions. Serialized for the CLI as
/// {"added":[ids],"removed":[ids],"changed":[{"id","old","new"}],"moved":[{"from","to"}]}.
/// </summary>
public sealed record VersionDiffResult(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<ChangedProvision> Changed,
    IReadOnlyList<MovedProvision> Moved)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0 && Moved.Count == 0;
}
