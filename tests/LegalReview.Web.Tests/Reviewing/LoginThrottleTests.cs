using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace LegalReview.Web.Tests.Reviewing;

public sealed class LoginThrottleTests(LoginThrottleTests.ThrottledFactory factory) : IClassFixture<LoginThrottleTests.ThrottledFactory>
{
    [Fact]
    public async Task Login_MoreAttemptsThanTheLimit_Returns429WithVietnameseMessageEvenForRightPassword()
    {
        var client = factory.CreateBrowserlessClient();
        for (var i = 0; i < 3; i++)
        {
            var wrong = await WebSession.LoginAsync(client, "admin", "wrong-password");
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await WebSession.LoginAsync(client, "admin", LegalReviewWebFactory.AdminPassword);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Bạn đã thử đăng nhập quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau 600 giây.");
        (await client.GetAsync("/documents")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    /// <summary>Three attempts per ten minutes, so the fourth is refused.</summary>
    public sealed class ThrottledFactory : LegalReviewWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:LoginThrottle:PermitLimit", "3");
            builder.UseSetting("Accounts:LoginThrottle:WindowSeconds", "600");
        }
    }
}
