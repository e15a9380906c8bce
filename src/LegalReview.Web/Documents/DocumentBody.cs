namespace LegalReview.Web.Documents;

/// <summary>
/// The immutable part of a document page, rendered once per version as UTF-8: the table-of-contents items and the
/// provisions ("Toàn văn"). It holds nothing that depends on who asks — no antiforgery token, no annotation — so one
/// copy serves every user; per-user content is spliced in at <see cref="TryGetUnitEnd"/> offsets when the page is
/// written (<see cref="DocumentBodySplicer"/>).
/// </summary>
public sealed class DocumentBody
{
    private readonly byte[] _tableOfContents;
    private readonly byte[] _provisions;
    private readonly Dictionary<string, int> _unitEnds;

    public DocumentBody(byte[] tableOfContents, byte[] provisions, Dictionary<string, int> unitEnds)
    {
        _tableOfContents = tableOfContents;
        _provisions = provisions;
        _unitEnds = unitEnds;
        // Arrays plus a rough per-entry cost of the offsets map (key string and slot); only the bound needs it.
        Size = tableOfContents.Length + provisions.Length + unitEnds.Sum(u => 64L + 2L * u.Key.Length);
    }

    /// <summary>The &lt;li&gt; items of the table of contents.</summary>
    public ReadOnlyMemory<byte> TableOfContents => _tableOfContents;

    /// <summary>Every unit of the version, with its anchors, links and VBHN notes.</summary>
    public ReadOnlyMemory<byte> Provisions => _provisions;

    /// <summary>Approximate memory held, in bytes (the cache's size bound counts this).</summary>
    public long Size { get; }

    public int UnitCount => _unitEnds.Count;

    /// <summary>Offset in <see cref="Provisions"/> just before the closing tag of the unit, where its annotations go.</summary>
    public bool TryGetUnitEnd(string stableId, out int offset) => _unitEnds.TryGetValue(stableId, out offset);
}
