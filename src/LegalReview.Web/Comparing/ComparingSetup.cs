namespace LegalReview.Web.Comparing;

/// <summary>The "So sánh" page's services.</summary>
public static class ComparingSetup
{
    public static IServiceCollection AddComparing(this IServiceCollection services)
    {
        services.AddScoped<CompareService>();
        return services;
    }
}
