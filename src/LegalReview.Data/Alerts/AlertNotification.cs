namespace LegalReview.Data.Alerts;

/// <summary>
/// One inbox entry: a watch matched a change event (or an admin alert reached an administrator). Unique per
/// (watch, change event) so a re-run of the matcher cannot create it twice.
/// </summary>
public class AlertNotification
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public long? WatchId { get; set; }
    public Watch? Watch { get; set; }
    public long? ChangeEventId { get; set; }
    public long? AdminAlertId { get; set; }

    /// <summary>The document the change is about (the amended one for an amendment).</summary>
    public long? DocumentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>One Vietnamese line: what changed.</summary>
    public string Title { get; set; } = "";

    /// <summary>Why it matched (which watch, which words or provisions).</summary>
    public string Reason { get; set; } = "";

    /// <summary>
    /// Provision diff snippets as HTML built only from encoded text and &lt;del&gt;/&lt;ins&gt;/&lt;p&gt;/&lt;b&gt;
    /// marks (InlineDiff output), safe to render.
    /// </summary>
    public string SnippetHtml { get; set; } = "";

    /// <summary>Stable ids of the matched provisions, ';'-separated.</summary>
    public string ProvisionIds { get; set; } = "";

    public DateTimeOffset? ReadAt { get; set; }
}
