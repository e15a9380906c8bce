using LegalReview.Data.Alerts;

namespace LegalReview.Data.Tests.Alerts;

/// <summary>Saved searches match changed provisions the way /search matches them (same parser and analyzer).</summary>
public sealed class SavedSearchPercolatorTests
{
    private static readonly PercolatorDocument Bhyt = new(
        1, "25/2008/QH12", "25/2008/QH12", "Luật Bảo hiểm y tế", "Law", "Quốc hội", "InForce", 2008, ["Bảo hiểm"]);

    private static readonly PercolatorDocument Decree = new(
        2, "146/2018/NĐ-CP", "146/2018/ND-CP", "Nghị định hướng dẫn Luật Bảo hiểm y tế", "Decree", "Chính phủ", "InForce", 2018, []);

    // Real clause texts: Luật BHYT 25/2008/QH12 as amended by 46/2014/QH13 (Điều 12), and Điều 7a it inserted.
    private static readonly PercolatorProvision[] Provisions =
    [
        new("chuong-2/dieu-12/khoan-4", "4", null, "Nhóm được ngân sách nhà nước hỗ trợ mức đóng, bao gồm:\na) Người thuộc hộ gia đình cận nghèo;\nb) Học sinh, sinh viên.", Bhyt),
        new("chuong-1/dieu-7a", "7a", "Trách nhiệm của Bộ Giáo dục và Đào tạo", "1. Chủ trì, phối hợp với Bộ Y tế hướng dẫn thành lập, kiện toàn hệ thống y tế trường học.", Bhyt),
        new("dieu-5", "5", "Đối tượng áp dụng", "Nghị định này áp dụng đối với người tham gia bảo hiểm y tế và học sinh.", Decree),
    ];

    private static IReadOnlyList<PercolatorMatch> Match(params SavedSearchSpec[] searches) =>
        new SavedSearchPercolator().Match(searches, Provisions);

    [Fact]
    public void Match_QueryWithoutDiacritics_MatchesAccentedText()
    {
        var match = Match(new SavedSearchSpec(1, "ngan sach ho tro hoc sinh sinh vien")).ShouldHaveSingleItem();

        match.Provisions.ShouldBe([0]);
    }

    [Fact]
    public void Match_Abbreviation_MatchesExpansion()
    {
        var matches = Match(new SavedSearchSpec(7, "BHYT"));

        matches.ShouldHaveSingleItem().Provisions.ShouldBe([2]);
    }

    [Fact]
    public void Match_QuotedPhrase_NeedsAdjacentWords()
    {
        Match(new SavedSearchSpec(1, "\"y tế trường học\"")).ShouldHaveSingleItem().Provisions.ShouldBe([1]);
        Match(new SavedSearchSpec(2, "\"trường học y tế\"")).ShouldBeEmpty();
    }

    [Fact]
    public void Match_TypeFilter_KeepsOnlyThatType()
    {
        var match = Match(new SavedSearchSpec(3, "học sinh", Type: "Decree")).ShouldHaveSingleItem();

        match.Provisions.ShouldBe([2]);
        match.MatchedWords.ShouldBe(["học", "sinh"]);
    }

    [Fact]
    public void Match_NotOperator_ExcludesProvision()
    {
        var match = Match(new SavedSearchSpec(4, "học sinh NOT nghị")).ShouldHaveSingleItem();

        match.Provisions.ShouldBe([0]);
    }

    [Fact]
    public void Match_DocumentNumber_MatchesThatDocumentsProvisions()
    {
        Match(new SavedSearchSpec(5, "25/2008/QH12")).ShouldHaveSingleItem().Provisions.ShouldBe([0, 1]);
    }

    [Fact]
    public void Match_InvalidQuery_MatchesNothing()
    {
        Match(new SavedSearchSpec(6, "\"học sinh")).ShouldBeEmpty();
    }
}
