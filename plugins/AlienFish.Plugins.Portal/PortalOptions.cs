using AlienFish.Abstractions;

namespace AlienFish.Plugins.Portal;

/// <summary>
/// The <c>--set</c> settings of the portal source, read once and checked. Every setting
/// is also carried in each planned batch, because the host hands a fetch only its batch.
/// </summary>
internal sealed record PortalOptions(
    string? Browser,
    string? Profile,
    string? Portal,
    int SitesPerBatch,
    int Retries,
    int Pages,
    int DelayMs,
    int BackoffMs,
    int TimeoutMs,
    bool Headless)
{
    /// <summary>The portal's limit on sites per request, as reported by crawler authors.</summary>
    public const int DefaultSitesPerBatch = 15;

    public static PortalOptions From(IReadOnlyDictionary<string, string> values)
    {
        var settings = new PluginSettings(values);

        return new PortalOptions(
            Text(settings, "browser"),
            Text(settings, "profile"),
            Text(settings, "portal"),
            AtLeast(settings, "sites-per-batch", DefaultSitesPerBatch, 1),
            AtLeast(settings, "retries", 3, 0),
            AtLeast(settings, "pages", 1, 1),
            AtLeast(settings, "delay-ms", 500, 0),
            AtLeast(settings, "backoff-ms", 2000, 0),
            AtLeast(settings, "timeout-ms", 30000, 100),
            Flag(settings, "headless", true));
    }

    private static string? Text(PluginSettings settings, string key)
    {
        var value = settings.GetString(key, "");

        return value.Length == 0 ? null : value;
    }

    private static int AtLeast(PluginSettings settings, string key, int fallback, int least)
    {
        var value = settings.GetInt(key, fallback);

        return value >= least
            ? value
            : throw new PluginSettingException(key, settings.GetString(key, ""), $"a whole number of at least {least}");
    }

    private static bool Flag(PluginSettings settings, string key, bool fallback) =>
        settings.GetString(key, fallback ? "true" : "false").ToLowerInvariant() switch
        {
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" => false,
            var other => throw new PluginSettingException(key, other, "true or false"),
        };
}
