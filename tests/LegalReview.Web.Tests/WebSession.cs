using System.Net;
using System.Text.RegularExpressions;

namespace LegalReview.Web.Tests;

/// <summary>Logs a test client in through the real login form (antiforgery token included).</summary>
internal static partial class WebSession
{
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/Account/Login");
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task LoginAsAdminAsync(HttpClient client)
    {
        var response = await LoginAsync(client, "admin", LegalReviewWebFactory.AdminPassword);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenField().Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery token on " + path);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
