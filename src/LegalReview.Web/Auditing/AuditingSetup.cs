using LegalReview.Data.Auditing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LegalReview.Web.Auditing;

/// <summary>Audit trail in the web app: changes are attributed to the signed-in user; /audit pages for review roles.</summary>
public static class AuditingSetup
{
    public static IServiceCollection AddAuditing(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Scoped<IAuditUser, HttpContextAuditUser>());
        services.AddScoped<AuditQueries>();
        return services;
    }
}
