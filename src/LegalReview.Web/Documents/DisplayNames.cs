using LegalReview.Core.Documents;

namespace LegalReview.Web.Documents;

/// <summary>Vietnamese names of enum values shown in the UI.</summary>
public static class DisplayNames
{
    public static string Of(DocumentType type) => type switch
    {
        DocumentType.Constitution => "Hiến pháp",
        DocumentType.Code => "Bộ luật",
        DocumentType.Law => "Luật",
        DocumentType.Ordinance => "Pháp lệnh",
        DocumentType.Resolution => "Nghị quyết",
        DocumentType.Order => "Lệnh",
        DocumentType.Decree => "Nghị định",
        DocumentType.Decision => "Quyết định",
        DocumentType.Circular => "Thông tư",
        DocumentType.JointCircular => "Thông tư liên tịch",
        DocumentType.Directive => "Chỉ thị",
        DocumentType.ConsolidatedText => "Văn bản hợp nhất",
        _ => "Chưa xác định",
    };

    public static string Of(Validity validity) => validity switch
    {
        Validity.InForce => "Còn hiệu lực",
        Validity.NotYetInForce => "Chưa có hiệu lực",
        Validity.PartlyExpired => "Hết hiệu lực một phần",
        Validity.Expired => "Hết hiệu lực toàn bộ",
        Validity.PartlySuspended => "Tạm ngưng hiệu lực một phần",
        Validity.Suspended => "Tạm ngưng hiệu lực",
        Validity.EnforcementSuspended => "Đình chỉ việc thi hành",
        _ => "Chưa xác định",
    };

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy") ?? "—";
}
