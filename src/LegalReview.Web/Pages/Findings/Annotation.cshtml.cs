using LegalReview.Data.Annotations;
using LegalReview.Data.Findings;
using LegalReview.Web.Findings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LegalReview.Web.Pages.Findings;

/// <summary>One annotation with its thread; the POST handlers behind the forms on the document page.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = LegalReview.Web.Accounts.Roles.ReviewerPolicy)]
public sealed class AnnotationModel(AnnotationService annotations, ProvisionResolver resolver) : PageModel
{
    public Annotation? Annotation { get; private set; }
    public string? Error { get; private set; }
    public string BackUrl { get; private set; } = "/documents";

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken ct)
    {
        Annotation = id is null ? null : await annotations.GetAsync(id.Value, ReviewActors.Name(User), ct);
        if (Annotation is null)
        {
            return NotFound();
        }

        BackUrl = await DocumentUrlAsync(Annotation, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CreateInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (annotation, error) = await annotations.CreateAsync(
            new NewAnnotation(input.DocumentId, input.VersionId, input.StableId ?? "", input.Quote ?? "", input.Prefix, input.Suffix,
                input.Comment ?? "", input.Visibility),
            ReviewActors.Name(User), ct);
        if (annotation is null)
        {
            return Fail(error!, $"/documents/{input.DocumentId}");
        }

        return Redirect(await DocumentUrlAsync(annotation, ct));
    }

    public async Task<IActionResult> OnPostReplyAsync(long id, string? text, CancellationToken ct)
    {
        var error = await annotations.ReplyAsync(id, text ?? "", ReviewActors.Name(User), ct);
        return await AfterAsync(id, error, ct);
    }

    public async Task<IActionResult> OnPostVisibilityAsync(long id, int rowVersion, AnnotationVisibility visibility, CancellationToken ct)
    {
        var error = await annotations.SetVisibilityAsync(id, rowVersion, visibility, ReviewActors.Name(User), ct);
        return await AfterAsync(id, error, ct);
    }

    private async Task<IActionResult> AfterAsync(long id, string? error, CancellationToken ct)
    {
        var annotation = await annotations.GetAsync(id, ReviewActors.Name(User), ct);
        var back = annotation is null ? "/documents" : await DocumentUrlAsync(annotation, ct);
        return error is null ? Redirect(back) : Fail(error, back);
    }

    private PageResult Fail(string error, string back)
    {
        Error = error;
        BackUrl = back;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The document page at the annotation, on the annotation's version when that is not the latest.</summary>
    private async Task<string> DocumentUrlAsync(Annotation annotation, CancellationToken ct)
    {
        var latest = await resolver.LatestVersionIdAsync(annotation.DocumentId, ct);
        var query = "";
        if (latest != annotation.VersionId)
        {
            var number = await resolver.VersionNumberAsync(annotation.VersionId, ct);
            query = number is null ? "" : $"?version={number}";
        }

        return $"/documents/{annotation.DocumentId}{query}#ann-{annotation.Id}";
    }

    public sealed class CreateInput
    {
        public long DocumentId { get; set; }
        public long VersionId { get; set; }
        public string? StableId { get; set; }
        public string? Quote { get; set; }
        public string? Prefix { get; set; }
        public string? Suffix { get; set; }
        public string? Comment { get; set; }
        public AnnotationVisibility Visibility { get; set; } = AnnotationVisibility.Shared;
    }
}
