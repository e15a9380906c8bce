using Microsoft.AspNetCore.Hosting;

namespace LegalReview.Web.Tests.Alerts;

/// <summary>The app with alert mail going to <see cref="SmtpTestServer"/> and the poller off (the tests run the job).</summary>
public sealed class AlertsWebFactory(int smtpPort) : LegalReviewWebFactory
{
    public const string BaseUrl = "http://lr.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alerts:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Alerts:Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Alerts:Smtp:TlsMode", "None");
        builder.UseSetting("Alerts:Smtp:From", "legalreview@lr.test");
        builder.UseSetting("Alerts:PollSeconds", "0");
        builder.UseSetting("Alerts:PublicBaseUrl", BaseUrl);
    }
}
