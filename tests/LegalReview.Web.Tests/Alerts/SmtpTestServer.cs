using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace LegalReview.Web.Tests.Alerts;

/// <summary>
/// A real SMTP server for the tests: Debian's python3-aiosmtpd started as a child process on 127.0.0.1 with a free
/// port, storing mail in a Maildir folder the test reads back. Python comes from LEGALREVIEW_TEST_SMTP_PYTHON, else
/// /usr/bin/python3; a missing aiosmtpd fails the test with a message naming the package (never a skip).
/// </summary>
internal sealed class SmtpTestServer : IDisposable
{
    public const string PythonVariable = "LEGALREVIEW_TEST_SMTP_PYTHON";

    private readonly Process _process;
    private readonly string _folder;

    private SmtpTestServer(Process process, int port, string folder)
    {
        _process = process;
        Port = port;
        _folder = folder;
    }

    public int Port { get; }

    public static async Task<SmtpTestServer> StartAsync()
    {
        var python = Environment.GetEnvironmentVariable(PythonVariable) is { Length: > 0 } p ? p : "/usr/bin/python3";
        if (!File.Exists(python) || await RunAsync(python, "-c \"import aiosmtpd\"") != 0)
        {
            throw new InvalidOperationException(
                $"The e-mail test needs a real SMTP server: install the Debian package python3-aiosmtpd (apt-get install python3-aiosmtpd) " +
                $"or point {PythonVariable} at a Python that has aiosmtpd (tried '{python}').");
        }

        // Maildir creates its tmp/new/cur folders only when the folder does not exist yet, and with os.mkdir: the
        // parent must exist (on a fresh machine it does not, and the server exits at once).
        var parent = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "legalreview-smtp")).FullName;
        var folder = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        var port = FreePort();
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", folder })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + python);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new SmtpTestServer(process, port, folder);
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited) break;
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        server.Dispose();
        throw new InvalidOperationException($"aiosmtpd did not start listening on 127.0.0.1:{port}.");
    }

    /// <summary>Messages delivered so far (Maildir "new" folder), oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var dir = Path.Combine(_folder, "new");
        if (!Directory.Exists(dir)) return [];
        return Directory.GetFiles(dir).Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f))).OrderBy(f => f.Time)
            .Select(f => MimeMessage.Load(f.File)).ToList();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        finally
        {
            _process.Dispose();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<int> RunAsync(string file, string args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true });
        if (process is null) return -1;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
