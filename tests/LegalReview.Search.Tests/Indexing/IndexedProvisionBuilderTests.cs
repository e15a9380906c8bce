using LegalReview.Core.Documents;
using LegalReview.Search.Indexing;
using LegalReview.Search.Tests.Support;

namespace LegalReview.Search.Tests.Indexing;

public sealed class IndexedProvisionBuilderTests
{
    [Fact]
    public void FromParsed_LabourCode_GivesArticlesAndClausesWithDescendantText()
    {
        var entries = IndexedProvisionBuilder.FromParsed(SampleLaws.Parse(SampleLaws.All[0]).Provisions);

        entries.Count(e => e.Kind == ProvisionKind.Article).ShouldBe(220);
        entries.ShouldAllBe(e => e.Kind == ProvisionKind.Article || e.Kind == ProvisionKind.Clause);
        entries.Select(e => e.ProvisionId).ShouldBeUnique();
        var article = entries.Single(e => e.ProvisionId == "chuong-3/dieu-35");
        article.Heading.ShouldBe("Quyền đơn phương chấm dứt hợp đồng lao động của người lao động");
        article.Text.ShouldStartWith("1. Người lao động có quyền đơn phương chấm dứt hợp đồng lao động");
        article.Text.ShouldContain("\na) Ít nhất 45 ngày");
        article.Text.ShouldContain("\n2. Người lao động có quyền đơn phương chấm dứt hợp đồng lao động không cần báo trước");
        var clause = entries.Single(e => e.ProvisionId == "chuong-3/dieu-35/khoan-2");
        clause.Text.ShouldStartWith("Người lao động có quyền đơn phương chấm dứt hợp đồng lao động không cần báo trước");
        clause.Text.ShouldContain("\nd) Bị quấy rối tình dục tại nơi làm việc;");
        entries.Select(e => e.Order).ShouldBeInOrder();
    }
}
