namespace LegalReview.Web.Documents;

/// <summary>A page whose result carries a cached <see cref="DocumentBody"/> to splice in.</summary>
public interface IDocumentBodyPage
{
    /// <summary>Null when the page has no body to splice (then its output passes unchanged).</summary>
    DocumentBody? Body { get; }

    /// <summary>Per-user markup for units of the body (annotations), filled while the page renders.</summary>
    IReadOnlyDictionary<string, string> UnitHtml { get; }
}
