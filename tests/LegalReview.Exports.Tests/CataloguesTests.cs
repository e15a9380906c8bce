using LegalReview.Exports.Lists;

namespace LegalReview.Exports.Tests;

public sealed class CataloguesTests
{
    private static List<string> Numbers(CatalogueKind kind, DateOnly? cutoff = null) =>
        Catalogues.Select(SampleCampaign.Input(cutoff), kind).SelectMany(g => g.Documents).Select(d => d.Number).ToList();

    [Fact]
    public void Select_ExpiredWhole_HoldsTheReplacedLawsByDate()
    {
        Numbers(CatalogueKind.ExpiredWhole).ShouldBe(["28/2004/QH11", "12/2012/QH13", "58/2014/QH13"]);
    }

    [Fact]
    public void Select_ExpiredPart_HoldsTheLawsWithRepealedProvisions()
    {
        Numbers(CatalogueKind.ExpiredPart).ShouldBe(["25/2008/QH12", "58/2010/QH12"]);
    }

    [Fact]
    public void Select_InForce_IncludesPartlyExpiredCodeFirstThenLawsByDate()
    {
        Numbers(CatalogueKind.InForce).ShouldBe(["45/2019/QH14", "25/2008/QH12", "58/2010/QH12", "38/2013/QH13", "84/2015/QH13", "69/2020/QH14"]);
    }

    [Fact]
    public void Select_NeedsHandling_HoldsOnlyDocumentsWithAProposedHandling()
    {
        Numbers(CatalogueKind.NeedsHandling).ShouldBe(["45/2019/QH14"]);
    }

    [Fact]
    public void Select_EarlierCutoff_LeavesOutDocumentsIssuedLater()
    {
        var numbers = Numbers(CatalogueKind.InForce, new DateOnly(2019, 12, 31));

        numbers.ShouldContain("45/2019/QH14");
        numbers.ShouldNotContain("69/2020/QH14");
    }

    [Fact]
    public void Select_SampleCorpus_GroupsUnderTheIssuer()
    {
        var groups = Catalogues.Select(SampleCampaign.Input(), CatalogueKind.InForce);

        groups.Count.ShouldBe(1);
        Catalogues.GroupHeading(1, groups[0].Issuer).ShouldBe("I. QUỐC HỘI");
    }
}
