using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Data.Auditing;

/// <summary>Builds the audit interceptor of a DI scope (its <see cref="IAuditUser"/> and <see cref="TimeProvider"/>).</summary>
public static class AuditRegistration
{
    /// <summary>A new interceptor for one context of the scope <paramref name="services"/> belongs to.</summary>
    public static AuditSaveChangesInterceptor Interceptor(IServiceProvider services) =>
        new(services.GetRequiredService<IAuditUser>(), services.GetRequiredService<TimeProvider>());
}
