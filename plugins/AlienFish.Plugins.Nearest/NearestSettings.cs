using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>The settings of the nearest matcher, read and checked once per run.</summary>
internal sealed record NearestSettings(double MaxDistanceKm, int WindowDays)
{
    public double MaxDistanceMetres => MaxDistanceKm * 1000.0;

    public static NearestSettings Read(PluginSettings settings)
    {
        var maxDistanceKm = settings.GetDouble(
            NearestMatcher.MaxDistanceSetting,
            NearestMatcher.DefaultMaxDistanceKm);

        if (maxDistanceKm <= 0.0)
        {
            throw NotPositive(settings, NearestMatcher.MaxDistanceSetting, "a distance in kilometres");
        }

        var windowDays = settings.GetInt(NearestMatcher.WindowDaysSetting, NearestMatcher.DefaultWindowDays);

        if (windowDays <= 0)
        {
            throw NotPositive(settings, NearestMatcher.WindowDaysSetting, "a whole number of days");
        }

        return new NearestSettings(maxDistanceKm, windowDays);
    }

    /// <summary>
    /// A warning for each setting this matcher does not know, so that a misspelt key is not
    /// silently replaced by its default.
    /// </summary>
    public static IEnumerable<Diagnostic> UnknownKeys(PluginSettings settings) =>
        settings.Values.Keys
            .Where(key => key is not (NearestMatcher.MaxDistanceSetting or NearestMatcher.WindowDaysSetting))
            .Order(StringComparer.Ordinal)
            .Select(key => new Diagnostic(
                DiagnosticSeverity.Warning,
                "nearest.unknown-setting",
                $"setting '{key}' is not used by the nearest matcher, which reads "
                + $"{NearestMatcher.MaxDistanceSetting} and {NearestMatcher.WindowDaysSetting}"));

    private static PluginSettingException NotPositive(PluginSettings settings, string key, string what) =>
        new(key, settings.Values[key], what + " greater than zero");
}
