using LegalReview.Core.Diffing;
using LegalReview.Core.Tests.Consolidation;

namespace LegalReview.Core.Tests.Diffing;

public class LawComparisonTests
{
    [Fact]
    public void Compare_DauThauAgainstItself_MatchesEveryArticleUnchanged()
    {
        var doc = ConsolidationFixture.Base("dau-thau_22-2023-QH15__consolidated", "base.txt");

        var r = LawComparison.Compare(doc, doc);

        r.Matches.Count.ShouldBe(doc.Articles().Count());
        r.Matches.ShouldAllBe(m => m.Kind == ArticleMatchKind.Unchanged);
        r.New.ShouldBeEmpty();
        r.Dropped.ShouldBeEmpty();
    }

    [Fact]
    public void Compare_BhytBaseAndConsolidated_FindsNewArticlesAndChangedOnes()
    {
        var before = ConsolidationFixture.Base(Amendments.AmendmentSets.Bhyt, "base.txt");
        var after = ConsolidationFixture.Get("bhyt").Document;

        var r = LawComparison.Compare(before, after);

        r.New.ShouldContain(id => id.EndsWith("dieu-7b", StringComparison.Ordinal));
        r.Matches.ShouldContain(m => m.OldLabel == "1" && m.NewLabel == "1" && m.Kind == ArticleMatchKind.Unchanged);
        r.Matches.ShouldContain(m => m.OldLabel == "15" && m.NewLabel == "15" && m.Kind == ArticleMatchKind.Changed);
    }

    [Fact]
    public void Compare_RenumberedArticles_ReportsThemAsMoved()
    {
        var before = ConsolidationFixture.Base(Amendments.AmendmentSets.Bhyt, "base.txt");
        // The consolidated BHYT with Điều 7a–7c removed from the list is the base shifted: compare base against a
        // version whose articles after 7 carry other numbers.
        var after = ConsolidationFixture.Get("bhyt").Document;
        var renumbered = after with
        {
            Provisions = after.Provisions.Select(p => Renumber(p)).ToList(),
        };

        var r = LawComparison.Compare(before, renumbered);

        r.Matches.ShouldContain(m => m.OldLabel == "1" && m.NewLabel == "101" && m.Kind == ArticleMatchKind.Moved);
    }

    private static Core.Parsing.ParsedProvision Renumber(Core.Parsing.ParsedProvision p) =>
        p.Kind == Core.Documents.ProvisionKind.Article && int.TryParse(p.Label, out var n)
            ? p with { Label = (n + 100).ToString(System.Globalization.CultureInfo.InvariantCulture), Id = p.Id + "-moved" }
            : p with { Children = p.Children.Select(Renumber).ToList() };
}
