using LegalReview.Core.Documents;
using LegalReview.Core.Relations;

namespace LegalReview.Core.Tests.Relations;

public class CrawledRelationLabelsTests
{
    [Theory]
    // vbpl.vn "lược đồ" groups, seen from the crawled document.
    [InlineData("Văn bản căn cứ", RelationType.BasedOn, false)]
    [InlineData("Văn bản được hướng dẫn", RelationType.Guides, false)]
    [InlineData("Văn bản hướng dẫn", RelationType.Guides, true)]
    [InlineData("Văn bản được quy định chi tiết", RelationType.Guides, false)]
    [InlineData("Văn bản bị sửa đổi, bổ sung", RelationType.Amends, false)]
    [InlineData("Văn bản sửa đổi bổ sung", RelationType.Amends, true)]
    [InlineData("Văn bản bị thay thế", RelationType.Replaces, false)]
    [InlineData("Văn bản thay thế", RelationType.Replaces, true)]
    [InlineData("Văn bản bị hết hiệu lực 1 phần", RelationType.RepealsPart, false)]
    [InlineData("Văn bản bị bãi bỏ", RelationType.RepealsWhole, false)]
    [InlineData("Văn bản bị đình chỉ", RelationType.Suspends, false)]
    [InlineData("Văn bản được dẫn chiếu", RelationType.Cites, false)]
    public void Map_VbplGroupLabel_GivesTypeAndDirection(string label, RelationType type, bool incoming) =>
        CrawledRelationLabels.Map(label).ShouldBe((type, incoming));

    [Theory]
    [InlineData("Văn bản liên quan")]
    [InlineData("Văn bản liên quan cùng nội dung")]
    [InlineData("")]
    public void Map_LabelWithoutClearMeaning_IsNull(string label) => CrawledRelationLabels.Map(label).ShouldBeNull();
}
