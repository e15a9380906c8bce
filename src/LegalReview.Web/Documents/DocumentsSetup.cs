namespace LegalReview.Web.Documents;

/// <summary>Document pages' services and short links to provisions.</summary>
public static class DocumentsSetup
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<DocumentQueries>();
        services.AddOptions<DocumentBodyOptions>().BindConfiguration(DocumentBodyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DocumentBodyCache>();
        services.AddSingleton<DocumentBodyRenderer>();
        services.AddScoped<ProvisionTimeline>();
        return services;
    }

    /// <summary>
    /// /documents/{id}/p/{provisionId} redirects to the provision's anchor (full or short id);
    /// /documents/{id}/go?dieu=35&amp;khoan=1&amp;diem=a does the same from the "go to" form.
    /// </summary>
    public static IEndpointRouteBuilder MapDocumentLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/documents/{id:long}/p/{**provisionId}", (long id, string provisionId, int? version) =>
            Results.Redirect(DocumentUrl(id, version) + "#" + Uri.EscapeDataString(provisionId.Trim('/'))
                .Replace("%2F", "/", StringComparison.OrdinalIgnoreCase)));
        endpoints.MapGet("/documents/{id:long}/go", (long id, string? dieu, string? khoan, string? diem, int? version) =>
            Results.Redirect(DocumentUrl(id, version) +
                (ProvisionAnchors.FromParts(dieu, khoan, diem) is { } anchor ? "#" + anchor : "")));
        return endpoints;
    }

    private static string DocumentUrl(long id, int? version) =>
        version is null ? $"/documents/{id}" : $"/documents/{id}?version={version}";
}
