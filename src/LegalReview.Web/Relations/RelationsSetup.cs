namespace LegalReview.Web.Relations;

/// <summary>The relations page's services.</summary>
public static class RelationsSetup
{
    public static IServiceCollection AddRelations(this IServiceCollection services)
    {
        services.AddScoped<RelationQueries>();
        return services;
    }
}
