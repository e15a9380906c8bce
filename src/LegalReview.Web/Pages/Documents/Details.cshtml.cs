using System.Text.Encodings.Web;
using LegalReview.Data;
using LegalReview.Web.Annotations;
using LegalReview.Web.Documents;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LegalReview.Web.Pages.Documents;

/// <summary>
/// A document with one of its versions. The provisions and the table of contents come as bytes from
/// <see cref="DocumentBodyCache"/> (rendered once per version); the template renders only the rest and marks where
/// they go, and <see cref="SpliceDocumentBodyAttribute"/> writes the page.
/// </summary>
[SpliceDocumentBody]
public sealed class DetailsModel(
    LegalReviewDbContext db, DocumentQueries queries, DocumentBodyCache bodies, DocumentBodyRenderer renderer,
    DocumentAnnotationsLoader annotationsLoader)
    : PageModel, IDocumentBodyPage
{
    private readonly Dictionary<string, string> _unitHtml = new(StringComparer.Ordinal);

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty(Name = "version", SupportsGet = true)]
    public int? VersionNumber { get; set; }

    /// <summary>"Xem theo thời điểm": show the text in force on this date.</summary>
    [BindProperty(Name = "asOf", SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public DocumentDetails Details { get; private set; } = null!;

    public DocumentBody? Body { get; private set; }

    public DocumentAnnotations Annotations { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> UnitHtml => _unitHtml;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A view runs about eight queries (details, annotations, the navigation's counts): one connection opened for
        // all of them, closed with the request's context, instead of an open and a close per query (EF's SQLite
        // provider registers its SQL functions on every open).
        await db.Database.OpenConnectionAsync(ct);
        var details = await queries.GetAsync(Id, VersionNumber, AsOf, ct);
        if (details is null)
        {
            return NotFound();
        }

        Details = details;
        var versionQuery = VersionQuery;
        Body = await bodies.GetOrRenderAsync(DocumentBodyKey.For(details), async token =>
            renderer.Render(details.Document.Id, await queries.ProvisionsAsync(details.VersionId, token), versionQuery, details.Notes), ct);
        Annotations = await annotationsLoader.LoadAsync(details, Body.UnitCount > 0, User, ct);
        return Page();
    }

    /// <summary>Called by the template with a unit's rendered annotations, spliced in before the unit's closing tag.</summary>
    public void AddUnitHtml(string stableId, IHtmlContent html, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var writer = new StringWriter();
        html.WriteTo(writer, encoder);
        _unitHtml[stableId] = writer.ToString();
    }

    public string VersionQuery => Details.IsLatest ? "" : $"?version={Details.Version.VersionNumber}";

    public string CompareUrl(int oldVersion, int newVersion) => $"/compare?a={Id}-{oldVersion}&b={Id}-{newVersion}";
}
