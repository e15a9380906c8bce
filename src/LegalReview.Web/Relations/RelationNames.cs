using LegalReview.Core.Documents;

namespace LegalReview.Web.Relations;

/// <summary>Vietnamese names of relation types, from the source's side and from the target's side.</summary>
public static class RelationNames
{
    public static string Outgoing(RelationType type) => type switch
    {
        RelationType.Amends => "Sửa đổi",
        RelationType.Supplements => "Bổ sung",
        RelationType.Replaces => "Thay thế",
        RelationType.RepealsWhole => "Bãi bỏ toàn bộ",
        RelationType.RepealsPart => "Bãi bỏ một phần",
        RelationType.Suspends => "Đình chỉ",
        RelationType.Guides => "Hướng dẫn, quy định chi tiết",
        RelationType.BasedOn => "Căn cứ",
        RelationType.Cites => "Dẫn chiếu",
        _ => type.ToString(),
    };

    public static string Incoming(RelationType type) => type switch
    {
        RelationType.Amends => "Bị sửa đổi bởi",
        RelationType.Supplements => "Được bổ sung bởi",
        RelationType.Replaces => "Bị thay thế bởi",
        RelationType.RepealsWhole => "Bị bãi bỏ toàn bộ bởi",
        RelationType.RepealsPart => "Bị bãi bỏ một phần bởi",
        RelationType.Suspends => "Bị đình chỉ bởi",
        RelationType.Guides => "Được hướng dẫn bởi",
        RelationType.BasedOn => "Là căn cứ của",
        RelationType.Cites => "Được dẫn chiếu bởi",
        _ => type.ToString(),
    };
}
