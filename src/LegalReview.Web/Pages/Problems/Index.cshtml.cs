using System.ComponentModel.DataAnnotations;
using LegalReview.Data.Practice;
using LegalReview.Web.Findings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Problems;

/// <summary>The practice problems register (vướng mắc trong thực tiễn): list and record.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class IndexModel(PracticeProblemService problems, FindingQueries queries, TimeProvider time) : PageModel
{
    public IReadOnlyList<PracticeProblem> Problems { get; private set; } = [];
    public IReadOnlyDictionary<long, IReadOnlyList<LinkedProvisionView>> Links { get; private set; } =
        new Dictionary<long, IReadOnlyList<LinkedProvisionView>>();
    public IReadOnlyList<(string Number, string Title)> Choices { get; private set; } = [];
    public string? Error { get; private set; }

    [BindProperty]
    public ProblemInput Input { get; set; } = new();

    [BindProperty]
    public List<ProvisionRow> Rows { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.ReportedOn = DateOnly.FromDateTime(time.GetLocalNow().Date);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (links, error) = await queries.ResolveRowsAsync(Rows, ct);
        if (error is null && ModelState.IsValid)
        {
            var (problem, createError) = await problems.CreateAsync(
                new NewPracticeProblem(Input.SourceKind, Input.SourceName ?? "", Input.ReportedOn, Input.Description ?? "", links),
                ReviewActors.Name(User), ct);
            if (problem is not null)
            {
                return Redirect($"/problems/{problem.Id}");
            }

            error = createError;
        }

        Error = error ?? "Hãy điền đủ các trường bắt buộc.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Problems = await problems.ListAsync(ct);
        var links = new Dictionary<long, IReadOnlyList<LinkedProvisionView>>();
        foreach (var p in Problems)
        {
            links[p.Id] = await queries.ViewsAsync(p.Provisions.Select(x => (x.DocumentId, x.StableId, (string?)null)), ct);
        }

        Links = links;
        Choices = await queries.DocumentChoicesAsync(ct);
        while (Rows.Count < 3)
        {
            Rows.Add(new ProvisionRow());
        }
    }

    public sealed class ProblemInput
    {
        public PracticeSourceKind SourceKind { get; set; } = PracticeSourceKind.Enterprise;

        [Required, MaxLength(300)]
        public string? SourceName { get; set; }

        public DateOnly ReportedOn { get; set; }

        [Required, MaxLength(8000)]
        public string? Description { get; set; }
    }
}
