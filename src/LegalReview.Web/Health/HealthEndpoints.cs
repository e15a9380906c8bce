using LegalReview.Data;

namespace LegalReview.Web.Health;

/// <summary>GET /health: JSON, 200 when the database answers, 503 otherwise. No login needed.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (LegalReviewDbContext db, CancellationToken ct) =>
        {
            bool reachable;
            try
            {
                reachable = await db.Database.CanConnectAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                reachable = false;
            }

            return Results.Json(
                new { status = reachable ? "Healthy" : "Unhealthy", database = reachable ? "reachable" : "unreachable" },
                statusCode: reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
        return endpoints;
    }
}
