using LegalReview.Data.Annotations;
using LegalReview.Data.Findings;
using LegalReview.Data.Practice;
using LegalReview.Web.Annotations;

namespace LegalReview.Web.Findings;

/// <summary>Annotations, findings (with suggestions) and the practice problems register; the re-anchoring job.</summary>
public static class FindingsSetup
{
    public static IServiceCollection AddFindings(this IServiceCollection services)
    {
        services.AddScoped<ProvisionResolver>();
        services.AddScoped<FindingService>();
        services.AddScoped<FindingSuggestionService>();
        services.AddScoped<FindingQueries>();
        services.AddScoped<AnnotationService>();
        services.AddScoped<AnnotationReanchorService>();
        services.AddScoped<DocumentAnnotationsLoader>();
        services.AddScoped<PracticeProblemService>();
        services.AddScoped<ReanchorJob>();
        services.AddHostedService<ReanchorScheduler>();
        // Pages need a signed-in user (the fallback policy); role checks for decisions are in the page handlers
        // and FindingService, so a reviewer sees the workflow buttons they may not use greyed out, not a 403.
        return services;
    }
}
