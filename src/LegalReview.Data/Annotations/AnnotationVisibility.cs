namespace LegalReview.Data.Annotations;

/// <summary>Who sees an annotation: its owner only, or every reviewer.</summary>
public enum AnnotationVisibility
{
    Private,
    Shared,
}
