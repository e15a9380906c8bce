using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace LegalReview.Web.Tests.Security;

/// <summary>Login throttling per client address, on an app of its own so other tests' logins are not counted.</summary>
public sealed class LoginThrottlingTests(LoginThrottlingTests.ThrottledFactory factory) : IClassFixture<LoginThrottlingTests.ThrottledFactory>
{
    [Fact]
    public async Task LoginPost_MoreThanTheLimitPerWindow_Returns429WithVietnameseReason()
    {
        var client = factory.CreateBrowserlessClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < ThrottledFactory.Limit + 1; i++)
        {
            statuses.Add((await WebSession.LoginAsync(client, "admin", "wrong-password-" + i)).StatusCode);
        }

        var refused = await WebSession.LoginAsync(client, "admin", LegalReviewWebFactory.AdminPassword);

        statuses.Take(ThrottledFactory.Limit).ShouldAllBe(s => s == HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Bạn đã thử đăng nhập quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau 60 giây.");
        (await client.GetAsync("/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public sealed class ThrottledFactory : LegalReviewWebFactory
    {
        public const int Limit = 3;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:LoginThrottle:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
