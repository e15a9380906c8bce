using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace LegalReview.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel port (a browser cannot talk to TestServer), with its own temporary data folder,
/// a known administrator password and the sample corpus imported on first start.
/// </summary>
public sealed class JourneyWebFactory : WebApplicationFactory<Program>
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Journey-Admin-Passw0rd!";

    public JourneyWebFactory()
    {
        Port = FreePort();
        UseKestrel(Port);
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    public string DataFolder { get; } =
        Path.Combine(Path.GetTempPath(), "legalreview-browsertests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", BaseUrl.ToString());
        builder.UseSetting("Data:Folder", DataFolder);
        builder.UseSetting("Admin:UserName", AdminUserName);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Samples:Folder", RepoPaths.Samples);
        builder.UseSetting("Samples:ImportOnFirstStart", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
