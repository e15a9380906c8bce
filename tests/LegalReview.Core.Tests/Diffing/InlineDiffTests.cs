using System.Net;
using System.Text.RegularExpressions;
using LegalReview.Core.Diffing;
using LegalReview.Core.Tests.Consolidation;

namespace LegalReview.Core.Tests.Diffing;

public class InlineDiffTests
{
    private static string Without(string html, string tag) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, $"<{tag}>.*?</{tag}>", "", RegexOptions.Singleline), "</?(ins|del)>", ""));

    [Theory]
    [InlineData("blhs")]
    [InlineData("tncn")]
    [InlineData("dienluc")]
    public void Html_EveryChangedUnitOfARealSet_GivesBackBothTexts(string set)
    {
        var r = ConsolidationFixture.Get(set);
        var changed = VersionDiff.Compare(ConsolidationFixture.BaseOf(set), r.Document).Changed;

        changed.Count.ShouldBeGreaterThan(10);
        foreach (var c in changed)
        {
            Without(c.InlineHtml, "ins").ShouldBe(c.Old);
            Without(c.InlineHtml, "del").ShouldBe(c.New);
        }
    }

    [Theory]
    // Common head and tail cut inside numbers, around punctuation, at the very ends.
    [InlineData("phạt tiền từ 1.000.000 đồng", "phạt tiền từ 1.500.000 đồng", "phạt tiền từ <del>1.000.000</del><ins>1.500.000</ins> đồng")]
    [InlineData("a) Vì vụ lợi;", "a) Vì vụ lợi; b) Có tổ chức;", "a) Vì vụ lợi;<ins> b) Có tổ chức;</ins>")]
    [InlineData("x & y", "x & y", "x &amp; y")]
    [InlineData("", "mới", "<ins>mới</ins>")]
    public void Html_EdgeCases_MarkWholeChunks(string oldText, string newText, string expected) =>
        InlineDiff.Html(oldText, newText).ShouldBe(expected);
}
