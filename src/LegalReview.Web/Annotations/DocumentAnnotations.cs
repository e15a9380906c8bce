using LegalReview.Data.Annotations;

namespace LegalReview.Web.Annotations;

/// <summary>
/// What the document page needs about annotations: those anchored in the displayed version per provision, and those
/// whose provision changed or disappeared in a later version (shown apart, never dropped).
/// </summary>
public sealed class DocumentAnnotations
{
    private readonly Dictionary<string, List<Annotation>> _byProvision;

    public DocumentAnnotations(
        long documentId, long? versionId, bool canAnnotate, string userName,
        IEnumerable<Annotation> anchored, IReadOnlyList<Annotation> needsAttention, IReadOnlyDictionary<long, int> versionNumbers)
    {
        DocumentId = documentId;
        VersionId = versionId;
        CanAnnotate = canAnnotate;
        UserName = userName;
        NeedsAttention = needsAttention;
        VersionNumbers = versionNumbers;
        _byProvision = anchored.GroupBy(a => a.StableId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public long DocumentId { get; }

    /// <summary>The displayed version (null when it has no provisions).</summary>
    public long? VersionId { get; }

    /// <summary>False on consolidated (computed) versions: annotations are anchored to retrieved texts only.</summary>
    public bool CanAnnotate { get; }

    public string UserName { get; }
    public IReadOnlyList<Annotation> NeedsAttention { get; }
    public IReadOnlyDictionary<long, int> VersionNumbers { get; }

    public int Count => _byProvision.Values.Sum(l => l.Count);

    /// <summary>Stable ids of the provisions that have annotations to show.</summary>
    public IEnumerable<string> ProvisionIds => _byProvision.Keys;

    /// <summary>"Add to finding" link of a provision, without the provision id (the script appends it).</summary>
    public string FindingUrlBase => $"/findings/new?doc={DocumentId}" + (VersionId is { } v ? $"&v={v}" : "") + "&p=";

    public ProvisionAnnotations For(string stableId) => new(
        this, stableId, _byProvision.TryGetValue(stableId, out var list) ? list : []);
}
