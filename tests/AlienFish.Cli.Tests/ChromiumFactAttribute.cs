namespace AlienFish.Cli.Tests;

/// <summary>
/// A test that opens a page in headless Chromium. It is skipped, saying why, only on a
/// machine without Chromium or Chrome; CI installs Debian's chromium, so there it always runs.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    private static readonly string[] OnPath = ["chromium", "chromium-browser", "google-chrome"];

    public ChromiumFactAttribute()
    {
        if (Find() is null)
        {
            Skip = "no Chromium found (looked for /usr/bin/chromium and for chromium, chromium-browser and "
                + "google-chrome on PATH); install it with 'apt-get install chromium'";
        }
    }

    public static string? Find()
    {
        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

        return OnPath
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
