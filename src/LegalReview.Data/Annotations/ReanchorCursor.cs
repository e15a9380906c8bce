namespace LegalReview.Data.Annotations;

/// <summary>
/// How far the re-anchoring job has read the change events (its own cursor, so it never depends on the importer).
/// A single row with <see cref="Name"/> "annotations".
/// </summary>
public class ReanchorCursor
{
    public string Name { get; set; } = "";
    public long LastChangeEventId { get; set; }
}
