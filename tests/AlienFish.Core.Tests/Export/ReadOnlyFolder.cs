using System.Runtime.Versioning;

namespace AlienFish.Core.Tests.Export;

/// <summary>A folder whose mode forbids writing (r-x), made writable again when disposed.</summary>
[UnsupportedOSPlatform("windows")]
internal sealed class ReadOnlyFolder : IDisposable
{
    private const UnixFileMode ReadAndList =
        UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead
        | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public ReadOnlyFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, ReadAndList);
    }

    public string Path { get; }

    /// <summary>Whether writing into such a folder really fails for the user running the tests.</summary>
    public static bool IsEnforced()
    {
        var name = "fishdens-probe-" + Guid.NewGuid().ToString("N");
        var probe = System.IO.Path.Combine(System.IO.Path.GetTempPath(), name);

        var folder = new ReadOnlyFolder(probe);

        try
        {
            File.WriteAllText(System.IO.Path.Combine(probe, "probe.txt"), "probe");
            File.Delete(System.IO.Path.Combine(probe, "probe.txt"));
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        finally
        {
            folder.Dispose();
            Directory.Delete(probe);
        }
    }

    public void Dispose() => File.SetUnixFileMode(Path, ReadAndList | UnixFileMode.UserWrite);
}
