using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// The settings of the nearest matcher, read and checked once per run. The same-site matcher
/// reads the same settings for the variables it takes from stations.
/// </summary>
internal sealed record NearestSettings(
    double MaxDistanceKm,
    int WindowDays,
    WindowKind Window,
    int StationCount,
    StationWeighting Weighting,
    double IdwPower,
    DistanceKind Distance = DistanceKind.Ground)
{
    /// <summary>Every key the matchers of this assembly read, in the order they are listed to users.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        NearestMatcher.MaxDistanceSetting,
        NearestMatcher.WindowDaysSetting,
        NearestMatcher.WindowSetting,
        NearestMatcher.StationCountSetting,
        NearestMatcher.WeightingSetting,
        NearestMatcher.IdwPowerSetting,
        NearestMatcher.DistanceSetting,
    ];

    private static readonly (string Text, WindowKind Value)[] WindowChoices =
    [
        (NearestMatcher.DaysWindow, WindowKind.Days),
        (NearestMatcher.SeasonWindow, WindowKind.Season),
    ];

    private static readonly (string Text, StationWeighting Value)[] WeightingChoices =
    [
        (NearestMatcher.NoWeighting, StationWeighting.None),
        (NearestMatcher.IdwWeighting, StationWeighting.InverseDistance),
    ];

    private static readonly (string Text, DistanceKind Value)[] DistanceChoices =
    [
        (NearestMatcher.GroundDistance, DistanceKind.Ground),
        (NearestMatcher.PlaneDistance, DistanceKind.Plane),
    ];

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

        var stationCount = settings.GetInt(NearestMatcher.StationCountSetting, NearestMatcher.DefaultStationCount);

        if (stationCount < 1)
        {
            throw Invalid(settings, NearestMatcher.StationCountSetting, "a whole number of stations, 1 or more");
        }

        var idwPower = settings.GetDouble(NearestMatcher.IdwPowerSetting, NearestMatcher.DefaultIdwPower);

        if (idwPower <= 0.0)
        {
            throw NotPositive(settings, NearestMatcher.IdwPowerSetting, "a power");
        }

        var window = ReadChoice(settings, NearestMatcher.WindowSetting, WindowChoices, WindowKind.Days);
        var weighting = ReadChoice(settings, NearestMatcher.WeightingSetting, WeightingChoices, StationWeighting.None);

        var distance = ReadChoice(settings, NearestMatcher.DistanceSetting, DistanceChoices, DistanceKind.Ground);

        return new NearestSettings(maxDistanceKm, windowDays, window, stationCount, weighting, idwPower, distance);
    }

    /// <summary>
    /// A warning for each setting the matcher does not know, so that a misspelt key is not
    /// silently replaced by its default.
    /// </summary>
    public static IEnumerable<Diagnostic> UnknownKeys(PluginSettings settings, string matcherName) =>
        settings.Values.Keys
            .Where(key => !Keys.Contains(key, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(key => new Diagnostic(
                DiagnosticSeverity.Warning,
                $"{matcherName}.unknown-setting",
                $"setting '{key}' is not used by the {matcherName} matcher, which reads "
                + $"{string.Join(", ", Keys.Take(Keys.Count - 1))} and {Keys[^1]}"));

    private static T ReadChoice<T>(
        PluginSettings settings,
        string key,
        (string Text, T Value)[] choices,
        T fallback)
    {
        if (!settings.Values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        foreach (var (name, value) in choices)
        {
            if (string.Equals(text.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw Invalid(settings, key, string.Join(" or ", choices.Select(c => c.Text)));
    }

    private static PluginSettingException NotPositive(PluginSettings settings, string key, string what) =>
        Invalid(settings, key, what + " greater than zero");

    private static PluginSettingException Invalid(PluginSettings settings, string key, string what) =>
        new(key, settings.Values[key], what);
}
