using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.Security;

/// <summary>
/// CSRF: every POST handler of every page (found by reflection, so pages added later are covered too) and every
/// POST endpoint refuses a signed-in administrator's request that lacks the antiforgery token.
/// </summary>
public sealed class AntiforgeryTests(LegalReviewWebFactory factory) : IClassFixture<LegalReviewWebFactory>
{
    // The error page only re-renders a message for a failed POST (status-code re-execution); it changes nothing.
    private static readonly HashSet<string> StateFreePages = ["/Error"];

    [Fact]
    public async Task Post_EveryHandlerWithoutToken_IsRefusedWith400()
    {
        var client = factory.CreateBrowserlessClient();
        await WebSession.LoginAsAdminAsync(client);
        var targets = PostTargets();
        targets.Count.ShouldBeGreaterThanOrEqualTo(6);

        var accepted = new List<string>();
        foreach (var target in targets)
        {
            var response = await client.PostAsync(target, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["id"] = "1", ["cron"] = "0 2 * * *", ["alertId"] = "1",
            }));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{target} → {(int)response.StatusCode}");
            }
        }

        accepted.ShouldBeEmpty();
    }

    [Fact]
    public async Task LoginPost_WithoutToken_IsRefusedAndNoCookieIsIssued()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin", ["Input.Password"] = LegalReviewWebFactory.AdminPassword,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.TryGetValues("Set-Cookie", out var cookies).ShouldBeFalse(string.Join("; ", cookies ?? []));
    }

    /// <summary>"/Sources/Index?handler=cron" for each OnPost{Handler} of each page, plus POST endpoints.</summary>
    private List<string> PostTargets()
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var targets = new List<string>();
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel))))
        {
            var viewPath = "/" + type.Namespace!.Replace("LegalReview.Web.Pages", "").Trim('.').Replace('.', '/')
                + "/" + type.Name[..^"Model".Length];
            viewPath = viewPath.Replace("//", "/");
            if (StateFreePages.Contains(viewPath))
            {
                continue;
            }

            // A page can have several routes (Documents/Index is also ""); the one with the longest template is its own.
            var route = routes.Where(r => r.Metadata.GetMetadata<PageActionDescriptor>() is { } d && d.ViewEnginePath == viewPath)
                .OrderByDescending(r => r.RoutePattern.RawText?.Length ?? 0).FirstOrDefault();
            route.ShouldNotBeNull("No route for page " + viewPath);
            var path = "/" + Template(route.RoutePattern.RawText ?? "");
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal)))
            {
                var handler = method.Name["OnPost".Length..].Replace("Async", "");
                targets.Add(handler.Length == 0 ? path : path + "?handler=" + handler);
            }
        }

        foreach (var endpoint in routes.Where(r => r.Metadata.GetMetadata<PageActionDescriptor>() is null
            && r.Metadata.GetMetadata<IHttpMethodMetadata>() is { } m && m.HttpMethods.Contains(HttpMethods.Post)))
        {
            targets.Add("/" + Template(endpoint.RoutePattern.RawText ?? ""));
        }

        return targets.Distinct().ToList();
    }

    private static string Template(string raw) => System.Text.RegularExpressions.Regex
        .Replace(raw.TrimStart('/'), @"\{[^}]+\}", m => m.Value.Contains('?') ? "" : "1").TrimEnd('/');
}
