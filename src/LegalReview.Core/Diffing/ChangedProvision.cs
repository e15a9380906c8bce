namespace LegalReview.Core.Diffing;

/// <summary>A provision present in both versions whose own text (heading included) differs.</summary>
/// <param name="Id">Stable id (in the newer version).</param>
/// <param name="Old">Old text of the unit (label line, heading and own text).</param>
/// <param name="New">New text.</param>
/// <param name="InlineHtml">HTML-encoded new text with HTML-encoded new text with &lt;del&gt;/&lt;ins&gt; marks, syllable level.lt;delHTML-encoded new text with &lt;del&gt;/&lt;ins&gt; marks, syllable level.gt;/HTML-encoded new text with &lt;del&gt;/&lt;ins&gt; marks, syllable level.lt;insHTML-encoded new text with &lt;del&gt;/&lt;ins&gt; marks, syllable level.gt; marks (<see cref="InlineDiff"/>: words aligned, a replaced run as one del/ins pair).</param>
public sealed record ChangedProvision(string Id, string Old, string New, string InlineHtml);
