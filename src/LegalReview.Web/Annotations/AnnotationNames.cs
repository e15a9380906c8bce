using LegalReview.Data.Annotations;

namespace LegalReview.Web.Annotations;

/// <summary>Vietnamese labels for annotation states.</summary>
public static class AnnotationNames
{
    public static string Of(AnchorStatus status) => status switch
    {
        AnchorStatus.Anchored => "Đúng vị trí",
        AnchorStatus.ReAnchored => "Đã gắn lại",
        AnchorStatus.ProvisionChanged => "Quy định đã thay đổi",
        AnchorStatus.ProvisionRemoved => "Quy định không còn",
        _ => status.ToString(),
    };

    public static string Of(AnnotationVisibility visibility) =>
        visibility == AnnotationVisibility.Private ? "Riêng tư" : "Chia sẻ";
}
