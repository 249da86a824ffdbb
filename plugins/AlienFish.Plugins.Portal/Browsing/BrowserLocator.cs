namespace AlienFish.Plugins.Portal.Browsing;

/// <summary>
/// Finds a Chrome or Chromium to drive: the <c>browser</c> setting when given, else
/// Playwright's own Chromium, else Google Chrome, else the distribution's Chromium.
/// The file system and PATH are passed in so tests can stand for any machine.
/// </summary>
internal sealed class BrowserLocator
{
    private readonly Func<string, bool> _exists;
    private readonly string _searchPath;

    public BrowserLocator(Func<string, bool> exists, string? searchPath)
    {
        _exists = exists;
        _searchPath = searchPath ?? "";
    }

    public static BrowserLocator ForThisMachine() =>
        new(File.Exists, Environment.GetEnvironmentVariable("PATH"));

    /// <param name="setting">The <c>browser</c> setting, or null.</param>
    /// <param name="playwrightChromium">Where Playwright keeps its own Chromium, installed or not.</param>
    public string Find(string? setting, string? playwrightChromium)
    {
        if (setting is not null)
        {
            return _exists(setting) ? setting : throw PortalErrors.BrowserSettingMissing(setting);
        }

        return TryFind(playwrightChromium) ?? throw PortalErrors.BrowserMissing();
    }

    public string? TryFind(string? playwrightChromium)
    {
        var candidates = new[]
        {
            playwrightChromium,
            OnPath("google-chrome"),
            "/opt/google/chrome/chrome",
            "/usr/bin/chromium",
            OnPath("chromium-browser"),
            OnPath("chromium"),
        };

        return candidates.FirstOrDefault(c => c is not null && _exists(c));
    }

    private string? OnPath(string name) =>
        _searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(_exists);
}
