using System.Text.RegularExpressions;

namespace LegalReview.Web.Comparing;

/// <summary>
/// Splits the inline diff HTML (encoded text plus our own &lt;ins&gt;/&lt;del&gt;, never nested) into the old side
/// (deletions kept) and the new side (insertions kept).
/// </summary>
public static partial class SideBySide
{
    [GeneratedRegex("<ins>.*?</ins>", RegexOptions.Singleline)]
    private static partial Regex InsRegex();

    [GeneratedRegex("<del>.*?</del>", RegexOptions.Singleline)]
    private static partial Regex DelRegex();

    public static string OldSide(string inlineHtml) => InsRegex().Replace(inlineHtml, "");

    public static string NewSide(string inlineHtml) => DelRegex().Replace(inlineHtml, "");
}
