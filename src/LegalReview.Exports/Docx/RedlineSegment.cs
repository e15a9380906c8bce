namespace LegalReview.Exports.Docx;

/// <summary>One piece of a redline: text kept, deleted from the current wording, or inserted by the proposal.</summary>
public sealed record RedlineSegment(RedlineKind Kind, string Text);

/// <summary>Kind of a <see cref="RedlineSegment"/>.</summary>
public enum RedlineKind
{
    Same,
    Deleted,
    Inserted,
}
