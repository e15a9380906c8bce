using System.Net;
using LegalReview.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LegalReview.Web.Tests.Reviewing;

/// <summary>Users and form posts for the review tests (forms carry the antiforgery token of the page they are on).</summary>
internal static class ReviewClient
{
    public const string Password = "Review-Passw0rd!";

    public static async Task EnsureUserAsync(LegalReviewWebFactory factory, string userName, string role)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new IdentityUser(userName);
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
    }

    public static async Task<HttpClient> SignedInAsync(LegalReviewWebFactory factory, string userName, string? role = null)
    {
        if (role is not null)
        {
            await EnsureUserAsync(factory, userName, role);
        }

        var client = factory.CreateBrowserlessClient();
        var login = await WebSession.LoginAsync(client, userName, userName == "admin" ? LegalReviewWebFactory.AdminPassword : Password);
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect, await login.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>POSTs a form to <paramref name="action"/> with the token from <paramref name="pageWithForm"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string pageWithForm, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await WebSession.AntiforgeryTokenAsync(client, pageWithForm);
        var all = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)).ToList();
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    public static T Query<T>(LegalReviewWebFactory factory, Func<LegalReviewDbContext, T> query)
    {
        using var scope = factory.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<LegalReviewDbContext>());
    }

    public static KeyValuePair<string, string> F(string name, string value) => new(name, value);
}
