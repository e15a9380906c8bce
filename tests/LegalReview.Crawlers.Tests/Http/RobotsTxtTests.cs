using LegalReview.Crawlers.Http;

namespace LegalReview.Crawlers.Tests.Http;

public sealed class RobotsTxtTests
{
    private const string Bot = "LegalReviewBot";

    [Theory]
    [InlineData("/private/a.html", false)]
    [InlineData("/private/public/a.html", true)]
    [InlineData("/search?q=1", false)]
    [InlineData("/files/a.pdf", false)]
    [InlineData("/files/a.pdf.html", true)]
    [InlineData("/TW/Pages/x.aspx", true)]
    public void IsAllowed_WildcardGroup_AppliesLongestMatch(string path, bool allowed)
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /private/\nAllow: /private/public/\nDisallow: /*?q=\nDisallow: /*.pdf$\n");
        robots.IsAllowed(new Uri("https://vbpl.vn" + path), Bot).ShouldBe(allowed);
    }

    [Fact]
    public void IsAllowed_GroupForOurAgent_OverridesWildcardGroup()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /\n\nUser-agent: legalreviewbot\nDisallow: /admin\n");
        robots.IsAllowed(new Uri("https://vbpl.vn/TW/Pages/a.aspx"), Bot).ShouldBeTrue();
        robots.IsAllowed(new Uri("https://vbpl.vn/admin/x"), Bot).ShouldBeFalse();
        robots.IsAllowed(new Uri("https://vbpl.vn/TW/Pages/a.aspx"), "OtherBot").ShouldBeFalse();
    }

    [Fact]
    public void IsAllowed_Unreachable_DisallowsEverything() =>
        RobotsTxt.DisallowAll.IsAllowed(new Uri("https://vbpl.vn/"), Bot).ShouldBeFalse();
}
