using LegalReview.Web.Security;

namespace LegalReview.Web.Tests.Security;

/// <summary>The sanitizer's shortcut: plainly safe builder output passes as it is, anything else is still sanitized.</summary>
public sealed class HtmlSafetyFragmentTests
{
    [Theory]
    [InlineData("người lao động")]
    [InlineData("đơn phương <mark>chấm dứt</mark> hợp đồng &amp; &lt;b&gt; &#39;x&#39; &#x1F;")]
    [InlineData("a<br>b<br />c <ins>mới</ins><del>cũ</del>")]
    public void Fragment_PlainBuilderOutput_PassesUnchanged(string html) =>
        HtmlSafety.Fragment(html).ShouldBe(html);

    [Theory]
    [InlineData("<mark onclick=\"x()\">a</mark>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<mark>a")]
    [InlineData("a</mark>")]
    [InlineData("<mark><ins>a</mark></ins>")]
    [InlineData("a & b")]
    [InlineData("a > b")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<!-- c -->a")]
    public void IsPlainFragment_AnythingElse_GoesToTheSanitizer(string html) =>
        HtmlSafety.IsPlainFragment(html).ShouldBeFalse();

    [Fact]
    public void Fragment_MarkupWithHandler_IsStillSanitized() =>
        HtmlSafety.Fragment("<mark onclick=\"x()\">a</mark><script>alert(1)</script>").ShouldBe("<mark>a</mark>");
}
