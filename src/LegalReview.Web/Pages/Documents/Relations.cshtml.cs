using LegalReview.Web.Relations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Documents;

public sealed class RelationsModel(RelationQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public DocumentRelations Relations { get; private set; } = null!;

    /// <summary>Server-made SVG; every text in it is encoded by <see cref="RelationGraph"/>.</summary>
    public string GraphSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var relations = await queries.GetAsync(Id, ct);
        if (relations is null) return NotFound();
        Relations = relations;
        GraphSvg = RelationGraph.Svg(relations);
        return Page();
    }
}
