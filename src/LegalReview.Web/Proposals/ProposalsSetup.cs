using LegalReview.Data.Exporting;
using LegalReview.Data.Proposals;
using LegalReview.Exports;
using LegalReview.Exports.Lists;
using LegalReview.Exports.Proposals;
using LegalReview.Web.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LegalReview.Web.Proposals;

/// <summary>
/// Proposals (kiến nghị) and official exports: services, the "Exports" settings (organisation, place, signer,
/// numbering), page authorization and the .docx/.xlsx/.csv download endpoints.
/// </summary>
public static class ProposalsSetup
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IServiceCollection AddProposals(this IServiceCollection services)
    {
        services.AddOptions<ExportSettings>().BindConfiguration("Exports");
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ExportSettings>>().Value);
        services.AddScoped<ProposalService>();
        services.AddScoped<FindingProposalService>();
        services.AddScoped<CampaignListsQuery>();
        services.AddScoped<ProvisionChoices>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Proposals", Roles.ReviewerPolicy));
        return services;
    }

    /// <summary>/proposals/{id}/docx (the letter) and /campaigns/{id}/exports/{file} (report, lists, workbook, compilation).</summary>
    public static IEndpointRouteBuilder MapExportDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/proposals/{id:long}/docx", async (long id, ProposalService proposals, ExportSettings settings, CancellationToken ct) =>
        {
            var proposal = await proposals.FindAsync(id, ct);
            if (proposal is null) return Results.NotFound();
            ProposalLetter letter;
            try
            {
                letter = proposals.ToLetter(proposal);
            }
            catch (ProposalWorkflowException ex)
            {
                return Results.Text(ex.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            var stream = new MemoryStream();
            new ProposalLetterWriter(settings).Write(letter, stream);
            return Results.File(stream.ToArray(), DocxType, $"kien-nghi-{id}.docx");
        }).RequireAuthorization(Roles.ReviewerPolicy);

        endpoints.MapGet("/campaigns/{id:long}/exports/{file}", async (long id, string file, CampaignListsQuery query, ExportSettings settings, CancellationToken ct) =>
        {
            var input = await query.LoadAsync(id, ct);
            if (input is null) return Results.NotFound();
            var stream = new MemoryStream();
            var type = CampaignFiles.Write(input, settings, file, stream);
            return type is null ? Results.NotFound() : Results.File(stream.ToArray(), type, file);
        }).RequireAuthorization(Roles.ReviewerPolicy);
        return endpoints;
    }
}
