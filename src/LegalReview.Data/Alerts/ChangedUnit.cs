namespace LegalReview.Data.Alerts;

/// <summary>
/// One provision that is new, changed or removed in a change, with its diff snippet.
/// </summary>
/// <param name="StableId">Stable id of the unit.</param>
/// <param name="EntryId">The article or clause holding it (what saved searches are matched against).</param>
/// <param name="Change">"Added", "Changed" or "Removed".</param>
/// <param name="DiffHtml">HTML-encoded text with &lt;del&gt;/&lt;ins&gt; marks (InlineDiff).</param>
public sealed record ChangedUnit(string StableId, string EntryId, string Change, string DiffHtml);
