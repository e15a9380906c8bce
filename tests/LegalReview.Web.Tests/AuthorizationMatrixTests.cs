using System.Net;
using System.Text.RegularExpressions;
using LegalReview.Web.Accounts;
using LegalReview.Web.Tests.Reviewing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests;

/// <summary>
/// Every Razor page route and handler, discovered from the app (so pages added later are covered automatically),
/// × {anonymous, Reviewer, Lead, Admin}, against the one expected table below. Anonymous must be sent to the login
/// page; a role below the required one must get 403 or the access-denied page; the others must get through.
/// </summary>
public sealed partial class AuthorizationMatrixTests(LegalReviewWebFactory factory) : IClassFixture<LegalReviewWebFactory>
{
    /// <summary>Who may use an endpoint: everyone, any review role (signed in), Lead or Admin, Admin only.</summary>
    public enum Access
    {
        Anonymous,
        Reviewer,
        Lead,
        Admin,
    }

    /// <summary>THE table. Key: "METHOD /route-template" plus "?handler=Name" for named handlers.</summary>
    private static readonly Dictionary<string, Access> Expected = new(StringComparer.Ordinal)
    {
        ["GET /"] = Access.Reviewer,
        ["GET /documents"] = Access.Reviewer,
        ["GET /documents/{id:long}"] = Access.Reviewer,
        ["GET /documents/{id:long}/timeline"] = Access.Reviewer,
        ["GET /documents/{id:long}/relations"] = Access.Reviewer,
        ["GET /documents/upload"] = Access.Admin,
        ["POST /documents/upload"] = Access.Admin,
        ["GET /Sources"] = Access.Lead,
        ["POST /Sources?handler=RunNow"] = Access.Admin,
        ["POST /Sources?handler=Cron"] = Access.Admin,
        ["POST /Sources?handler=Acknowledge"] = Access.Admin,
        ["GET /Sources/Index"] = Access.Lead,
        ["POST /Sources/Index?handler=RunNow"] = Access.Admin,
        ["POST /Sources/Index?handler=Cron"] = Access.Admin,
        ["POST /Sources/Index?handler=Acknowledge"] = Access.Admin,
        ["GET /compare"] = Access.Reviewer,
        ["GET /search/{handler?}"] = Access.Reviewer,
        ["GET /search/{handler?}?handler=Suggest"] = Access.Reviewer,
        ["GET /Error"] = Access.Anonymous,
        ["POST /Error"] = Access.Anonymous,
        ["GET /Account/Login"] = Access.Anonymous,
        ["POST /Account/Login"] = Access.Anonymous,
        ["GET /Account/Logout"] = Access.Reviewer,
        ["POST /Account/Logout"] = Access.Reviewer,
        ["GET /Account/AccessDenied"] = Access.Reviewer,
        ["GET /campaigns"] = Access.Reviewer,
        ["GET /campaigns/create"] = Access.Lead,
        ["POST /campaigns/create"] = Access.Lead,
        ["GET /campaigns/triggered"] = Access.Reviewer,
        ["POST /campaigns/triggered?handler=Run"] = Access.Lead,
        ["GET /campaigns/{id:long}"] = Access.Reviewer,
        ["POST /campaigns/{id:long}?handler=Assign"] = Access.Lead,
        ["GET /campaigns/items/{id:long}"] = Access.Reviewer,
        ["POST /campaigns/items/{id:long}?handler=Save"] = Access.Reviewer,
        ["POST /campaigns/items/{id:long}?handler=Start"] = Access.Reviewer,
        ["POST /campaigns/items/{id:long}?handler=Submit"] = Access.Reviewer,
        ["POST /campaigns/items/{id:long}?handler=Approve"] = Access.Lead,
        ["POST /campaigns/items/{id:long}?handler=Return"] = Access.Lead,
        ["POST /campaigns/items/{id:long}?handler=Dismiss"] = Access.Lead,
        ["POST /campaigns/items/{id:long}?handler=Reopen"] = Access.Lead,
        ["GET /admin/users"] = Access.Admin,
        ["POST /admin/users?handler=Create"] = Access.Admin,
        ["POST /admin/users?handler=ResetPassword"] = Access.Admin,
        ["POST /admin/users?handler=Lock"] = Access.Admin,
        ["POST /admin/users?handler=Unlock"] = Access.Admin,
        ["POST /admin/users?handler=ChangeRole"] = Access.Admin,
        ["GET /audit/{entityType}/{id}"] = Access.Reviewer,
        // Findings feature: annotations, findings, suggestions, practice problems register.
        ["GET /annotations/{id:long?}"] = Access.Reviewer,
        ["POST /annotations/{id:long?}?handler=Create"] = Access.Reviewer,
        ["POST /annotations/{id:long?}?handler=Reply"] = Access.Reviewer,
        ["POST /annotations/{id:long?}?handler=Visibility"] = Access.Reviewer,
        ["GET /findings"] = Access.Reviewer,
        ["GET /findings/new"] = Access.Reviewer,
        ["POST /findings/new"] = Access.Reviewer,
        ["GET /findings/{id:long}"] = Access.Reviewer,
        ["POST /findings/{id:long}?handler=Transition"] = Access.Lead,
        ["POST /findings/{id:long}?handler=AddProvision"] = Access.Reviewer,
        ["GET /findings/suggestions"] = Access.Reviewer,
        ["POST /findings/suggestions?handler=Create"] = Access.Reviewer,
        ["GET /problems"] = Access.Reviewer,
        ["POST /problems"] = Access.Reviewer,
        ["GET /problems/{id:long}"] = Access.Reviewer,
        ["POST /problems/{id:long}?handler=Status"] = Access.Reviewer,
        ["POST /problems/{id:long}?handler=Convert"] = Access.Reviewer,
        ["GET /inbox"] = Access.Reviewer,
        ["POST /inbox?handler=Read"] = Access.Reviewer,
        ["GET /watches"] = Access.Reviewer,
        ["POST /watches?handler=Create"] = Access.Reviewer,
        ["POST /watches?handler=Delete"] = Access.Reviewer,
        ["POST /watches?handler=Frequency"] = Access.Reviewer,
        ["POST /watches?handler=RenewFeed"] = Access.Reviewer,
        ["GET /watches/unsubscribe"] = Access.Anonymous,
        ["POST /watches/unsubscribe"] = Access.Anonymous,
        ["GET /proposals"] = Access.Reviewer,
        ["GET /proposals/create"] = Access.Reviewer,
        ["POST /proposals/create"] = Access.Reviewer,
        ["GET /proposals/{id:long}"] = Access.Reviewer,
        ["POST /proposals/{id:long}?handler=Preview"] = Access.Reviewer,
        ["POST /proposals/{id:long}?handler=Save"] = Access.Reviewer,
        ["POST /proposals/{id:long}?handler=Add"] = Access.Reviewer,
        ["POST /proposals/{id:long}?handler=Remove"] = Access.Reviewer,
        ["POST /proposals/{id:long}?handler=Step"] = Access.Reviewer,
    };

    /// <summary>Sample values for route parameters (a missing record answers 404, which still proves access).</summary>
    private static readonly Dictionary<string, string> RouteValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "1",
        ["entityType"] = "ReviewCampaign",
    };

    [Fact]
    public async Task Endpoints_DiscoveredFromApp_AreAllInTheMatrix()
    {
        var endpoints = await DiscoverAsync();

        var missing = endpoints.Select(e => e.Key).Where(k => !Expected.ContainsKey(k)).ToList();
        var stale = Expected.Keys.Except(endpoints.Select(e => e.Key)).ToList();

        missing.ShouldBeEmpty("Endpoints without an expected access level — add it to the matrix: " + string.Join(", ", missing));
        stale.ShouldBeEmpty("Matrix rows for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Lead)]
    [InlineData(Roles.Admin)]
    public async Task Endpoints_ForRole_AreAllowedOrRefusedAsTheMatrixSays(string? role)
    {
        var endpoints = await DiscoverAsync();
        var failures = new List<string>();
        // Logging out ends the session, so it goes last.
        foreach (var endpoint in endpoints.Where(e => Expected.ContainsKey(e.Key)).OrderBy(e => e.Key.Contains("Logout")))
        {
            var client = await ClientAsync(role);
            var response = await SendAsync(client, endpoint, role is null ? "/Account/Login" : "/documents");
            var allowed = Level(role) >= Expected[endpoint.Key];
            // The access-denied page answers 403 by design: showing it is what "allowed" looks like there.
            var verdict = endpoint.Template == "/Account/AccessDenied" && response.StatusCode == HttpStatusCode.Forbidden
                ? "allowed"
                : Classify(response);
            var expected = allowed ? "allowed" : role is null ? "login" : "denied";
            if (verdict != expected)
            {
                failures.Add($"{endpoint.Key} as {role ?? "anonymous"}: expected {expected}, got {verdict} ({(int)response.StatusCode} {response.Headers.Location})");
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static Access Level(string? role) => role switch
    {
        null => Access.Anonymous,
        Roles.Reviewer => Access.Reviewer,
        Roles.Lead => Access.Lead,
        _ => Access.Admin,
    };

    private static string Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        // A challenge carries ReturnUrl; logging out also ends on the login page, but without one.
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
            && location.Contains("/Account/Login?ReturnUrl=", StringComparison.Ordinal))
        {
            return "login";
        }

        if (response.StatusCode == HttpStatusCode.Forbidden || location.Contains("/Account/AccessDenied", StringComparison.Ordinal))
        {
            return "denied";
        }

        return (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.Unauthorized
            ? "error " + (int)response.StatusCode
            : "allowed";
    }

    private async Task<HttpClient> ClientAsync(string? role)
    {
        if (role is null)
        {
            return factory.CreateBrowserlessClient();
        }

        return role == Roles.Admin
            ? await ReviewClient.SignedInAsync(factory, "admin")
            : await ReviewClient.SignedInAsync(factory, "matrix-" + role.ToLowerInvariant(), role);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, PageEndpoint endpoint, string tokenPage)
    {
        var url = endpoint.Url + (endpoint.Handler is null ? "" : "?handler=" + endpoint.Handler);
        if (endpoint.Method == HttpMethods.Get)
        {
            return await client.GetAsync(url);
        }

        var token = await WebSession.AntiforgeryTokenAsync(client, tokenPage);
        return await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    private async Task<List<PageEndpoint>> DiscoverAsync()
    {
        var descriptors = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>()
            .ActionDescriptors.Items.OfType<PageActionDescriptor>().ToList();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var endpoints = new List<PageEndpoint>();
        foreach (var descriptor in descriptors)
        {
            var compiled = await loader.LoadAsync(descriptor, Microsoft.AspNetCore.Http.EndpointMetadataCollection.Empty);
            var template = "/" + (descriptor.AttributeRouteInfo?.Template ?? "");
            var url = RouteParameter().Replace(template, m => RouteValues.GetValueOrDefault(m.Groups[1].Value, "")).TrimEnd('/');
            url = url.Length == 0 ? "/" : url;
            // A page without handler methods still answers GET (and POST, which the matrix need not list).
            if (compiled.HandlerMethods.Count == 0)
            {
                endpoints.Add(new PageEndpoint(HttpMethods.Get, template, url, null));
            }

            foreach (var handler in compiled.HandlerMethods)
            {
                endpoints.Add(new PageEndpoint(handler.HttpMethod.ToUpperInvariant(), template, url, handler.Name));
            }
        }

        return endpoints.DistinctBy(e => e.Key).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
    }

    private sealed record PageEndpoint(string Method, string Template, string Url, string? Handler)
    {
        public string Key => $"{Method} {Template}" + (Handler is null ? "" : "?handler=" + Handler);
    }

    [GeneratedRegex(@"\{([^}:?=]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
