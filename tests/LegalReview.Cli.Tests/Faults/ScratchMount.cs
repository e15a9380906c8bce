using System.Diagnostics;

namespace LegalReview.Cli.Tests.Faults;

/// <summary>
/// A small tmpfs mounted for one test (the machine and CI run as root), to make a real full disk or a real
/// read-only file system; unmounted on dispose. Fails with a clear reason when mounting is not allowed.
/// </summary>
public sealed class ScratchMount : IDisposable
{
    private ScratchMount(string path) => Path = path;

    public string Path { get; }

    public static ScratchMount Create(string size)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "legalreview-mount-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", path);
        return new ScratchMount(path);
    }

    public void Remount(string options) => Run("mount", "-o", "remount," + options, Path);

    public void Dispose()
    {
        try
        {
            Run("umount", "-l", Path);
            Directory.Delete(Path);
        }
        catch (InvalidOperationException)
        {
            // Best effort: a failed unmount must not hide the test's own failure.
        }
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({error.Trim()}): storage fault tests need root to mount a tmpfs.");
    }
}
