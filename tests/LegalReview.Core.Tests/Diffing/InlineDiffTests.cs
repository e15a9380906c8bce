using System.Net;
using System.Text.RegularExpressions;
using DiffPlex;
using LegalReview.Core.Diffing;
using LegalReview.Core.Tests.Consolidation;

namespace LegalReview.Core.Tests.Diffing;

public class InlineDiffTests
{
    public static TheoryData<string> Sets => ["bhyt", "dienluc", "tncn", "canbo", "vienchuc", "blhs"];

    private static string Without(string html, string tag) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, $"<{tag}>.*?</{tag}>", "", RegexOptions.Singleline), "</?(ins|del)>", ""));

    [Theory]
    [MemberData(nameof(Sets))]
    public void Html_EveryChangedUnitOfARealSet_GivesBackBothTexts(string set)
    {
        var changed = ChangedUnits(set);

        changed.Count.ShouldBeGreaterThan(10);
        foreach (var c in changed)
        {
            Without(c.InlineHtml, "ins").ShouldBe(c.Old);
            Without(c.InlineHtml, "del").ShouldBe(c.New);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Html_EveryChangedUnitOfARealSet_MarksTheWordsDiffPlexAlignsOnTheWholeTexts(string set)
    {
        // The reference: DiffPlex's own string API on every word of both texts, no trimming, no numbering.
        foreach (var c in ChangedUnits(set))
        {
            var expected = new Differ().CreateDiffs(c.Old, c.New, ignoreWhiteSpace: false, ignoreCase: false, new WordsOnly()).DiffBlocks
                .Select(d => (string.Join(' ', Words(c.Old).Skip(d.DeleteStartA).Take(d.DeleteCountA)), string.Join(' ', Words(c.New).Skip(d.InsertStartB).Take(d.InsertCountB))))
                .ToList();

            MarkedWords(c.InlineHtml).ShouldBe(expected, c.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Html_EveryChangedUnitOfARealSet_WritesNoEmptyOrSplitMark(string set)
    {
        foreach (var c in ChangedUnits(set))
        {
            c.InlineHtml.ShouldNotContain("<del></del>");
            c.InlineHtml.ShouldNotContain("<ins></ins>");
            // A change is one del then one ins: never two dels or two inses in a row, never ins before del.
            c.InlineHtml.ShouldNotContain("</del><del>");
            c.InlineHtml.ShouldNotContain("</ins><ins>");
            c.InlineHtml.ShouldNotContain("</ins><del>");
        }
    }

    [Theory]
    // Common head and tail cut inside numbers, around punctuation, at the very ends.
    [InlineData("phạt tiền từ 1.000.000 đồng", "phạt tiền từ 1.500.000 đồng", "phạt tiền từ <del>1.000.000</del><ins>1.500.000</ins> đồng")]
    [InlineData("a) Vì vụ lợi;", "a) Vì vụ lợi; b) Có tổ chức;", "a) Vì vụ lợi;<ins> b) Có tổ chức;</ins>")]
    [InlineData("x & y", "x & y", "x &amp; y")]
    [InlineData("", "mới", "<ins>mới</ins>")]
    [InlineData("cũ", "", "<del>cũ</del>")]
    public void Html_EdgeCases_MarkWholeChunks(string oldText, string newText, string expected) =>
        InlineDiff.Html(oldText, newText).ShouldBe(expected);

    [Theory]
    // Spaces are not aligned as words: a space change between two kept words is its own small change.
    [InlineData("phạt  tiền", "phạt tiền", "phạt <del> </del>tiền")]
    [InlineData("phạt tiền", "phạt  tiền", "phạt <ins> </ins>tiền")]
    [InlineData("Điều 1.\nNội dung", "Điều 1. Nội dung", "Điều 1.<del>\n</del><ins> </ins>Nội dung")]
    [InlineData("tù từ 01 năm", "tù từ 01 năm ", "tù từ 01 năm<ins> </ins>")]
    public void Html_WhitespaceOnlyChange_MarksOnlyTheSpaces(string oldText, string newText, string expected) =>
        InlineDiff.Html(oldText, newText).ShouldBe(expected);

    [Theory]
    [InlineData("sửa chữa hoặc bồi thường", "sửa chữa, bồi thường", "sửa chữa<del> hoặc</del><ins>,</ins> bồi thường")]
    [InlineData("sửa chữa bồi thường", "sửa chữa, bồi thường", "sửa chữa<ins>,</ins> bồi thường")]
    [InlineData("hình sự:", "hình sự.", "hình sự<del>:</del><ins>.</ins>")]
    [InlineData("Điều 109, điểm a", "Điều 109; điểm a", "Điều 109<del>,</del><ins>;</ins> điểm a")]
    public void Html_Punctuation_IsAWordOfItsOwn(string oldText, string newText, string expected) =>
        InlineDiff.Html(oldText, newText).ShouldBe(expected);

    [Theory]
    // Syllables that differ only by a tone or a vowel mark are different words; a word is never cut.
    [InlineData("cơ quan tiến hành tố tụng", "cơ quan tiến hành tố tung", "cơ quan tiến hành tố <del>tụng</del><ins>tung</ins>")]
    [InlineData("Bộ Công nghiệp", "Bộ Công thương", "Bộ Công <del>nghiệp</del><ins>thương</ins>")]
    [InlineData("đồng", "dồng", "<del>đồng</del><ins>dồng</ins>")]
    // A combining dot below (decomposed "tụng") stays inside its syllable.
    [InlineData("tố tu\u0323ng hình sự", "tố tụng hình sự", "tố <del>tu\u0323ng</del><ins>tụng</ins> hình sự")]
    public void Html_VietnameseSyllablesWithDiacritics_AreWholeWords(string oldText, string newText, string expected) =>
        InlineDiff.Html(oldText, newText).ShouldBe(expected);

    [Fact]
    public void Html_ReplacedRunOfWords_GivesOneDelInsPair()
    {
        var html = InlineDiff.Html("đ) Phạm tội đối với 02 người trở lên;", "đ) Có tổ chức;");

        html.ShouldBe("đ) <del>Phạm tội đối với 02 người trở lên</del><ins>Có tổ chức</ins>;");
    }

    [Fact]
    public void Html_ReplacedRunsAroundAKeptWord_GiveOnePairEach()
    {
        var html = InlineDiff.Html("cơ quan tiến hành tố tụng trong quá trình", "cơ quan có trách nhiệm trong việc phát hiện trong quá trình");

        html.ShouldBe("cơ quan <del>tiến hành tố tụng</del><ins>có trách nhiệm trong việc phát hiện</ins> trong quá trình");
    }

    [Fact]
    public void Html_WordInsertedBetweenKeptWords_KeepsTheSharedSpaceOutside()
    {
        InlineDiff.Html("trừ trường hợp quy định", "trừ trường hợp thành lập nhóm quy định")
            .ShouldBe("trừ trường hợp <ins>thành lập nhóm </ins>quy định");
    }

    [Fact]
    public void Html_MarkupCharactersInsideAChange_AreEncoded()
    {
        InlineDiff.Html("a <b> c", "a \"d\" & c").ShouldBe("a <del>&lt;b&gt;</del><ins>&quot;d&quot; &amp;</ins> c");
    }

    private static List<ChangedProvision> ChangedUnits(string set) =>
        [.. VersionDiff.Compare(ConsolidationFixture.BaseOf(set), ConsolidationFixture.Get(set).Document).Changed];

    private static List<string> Words(string text) => VietnameseChunker.Split(text).Where(w => !string.IsNullOrWhiteSpace(w)).ToList();

    /// <summary>The words of each del/ins pair, in order; a change of spaces only has no word and is left out.</summary>
    private static List<(string Deleted, string Inserted)> MarkedWords(string html)
    {
        var result = new List<(string, string)>();
        foreach (Match m in Regex.Matches(html, "(?:<del>(.*?)</del>)?(?:<ins>(.*?)</ins>)?", RegexOptions.Singleline))
        {
            if (m.Length == 0) continue;
            var (del, ins) = (Words(WebUtility.HtmlDecode(m.Groups[1].Value)), Words(WebUtility.HtmlDecode(m.Groups[2].Value)));
            if (del.Count + ins.Count > 0) result.Add((string.Join(' ', del), string.Join(' ', ins)));
        }
        return result;
    }

    private sealed class WordsOnly : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => Words(text);
    }
}
