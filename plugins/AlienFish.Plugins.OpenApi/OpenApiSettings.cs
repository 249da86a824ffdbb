using System.Globalization;
using System.Text.RegularExpressions;
using AlienFish.Abstractions;
using Source = AlienFish.Plugins.OpenApi.WaterQualityApiSource;

namespace AlienFish.Plugins.OpenApi;

/// <summary>The settings of one crawl, read and checked once when it is planned.</summary>
internal sealed partial record OpenApiSettings(
    Uri BaseAddress,
    int PageSize,
    int StationsPerRequest,
    int Retries,
    TimeSpan Backoff,
    TimeSpan Delay,
    TimeSpan Timeout,
    IReadOnlyList<string> Stations,
    IReadOnlyList<int> Months)
{
    /// <summary>Every key this source reads, in the order the documentation gives them.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        Source.ServiceKeySetting, Source.BaseUrlSetting, Source.PageSizeSetting, Source.StationsPerRequestSetting,
        Source.RetriesSetting, Source.BackoffSetting, Source.DelaySetting, Source.TimeoutSetting,
        Source.StationsSetting, Source.MonthsSetting,
    ];

    /// <summary>True when every month is asked for, which is when batch keys leave months out.</summary>
    public bool AllMonths => Months.Count == 12;

    public static OpenApiSettings Read(PluginSettings settings)
    {
        var pageSize = AtLeast(settings, Source.PageSizeSetting, Source.DefaultPageSize, 1, "a number of rows");
        var perRequest = AtLeast(
            settings, Source.StationsPerRequestSetting, Source.DefaultStationsPerRequest, 1, "a number of stations");

        var retries = AtLeast(settings, Source.RetriesSetting, Source.DefaultRetries, 0, "a number of retries");
        var backoff = AtLeast(settings, Source.BackoffSetting, Source.DefaultBackoffMs, 0, "milliseconds");
        var delay = AtLeast(settings, Source.DelaySetting, Source.DefaultDelayMs, 0, "milliseconds");
        var timeout = AtLeast(settings, Source.TimeoutSetting, Source.DefaultTimeoutSeconds, 1, "seconds");

        return new OpenApiSettings(
            BaseAddressOf(settings), pageSize, perRequest, retries, TimeSpan.FromMilliseconds(backoff),
            TimeSpan.FromMilliseconds(delay), TimeSpan.FromSeconds(timeout), StationsOf(settings), MonthsOf(settings));
    }

    /// <summary>The keys given that this source does not read, so a misspelt key is not silently ignored.</summary>
    public static IEnumerable<string> UnknownKeys(PluginSettings settings) =>
        settings.Values.Keys.Where(k => !Known.Contains(k)).Order(StringComparer.Ordinal);

    /// <summary>A comma list of station codes: trimmed, upper-case, each once, in code order.</summary>
    public static IReadOnlyList<string> ParseStations(string text, Func<string, Exception> invalid)
    {
        var codes = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.ToUpperInvariant())
            .ToList();

        if (codes.Count == 0 || codes.Any(c => !StationCode().IsMatch(c)))
        {
            throw invalid(text);
        }

        return [.. codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>A comma list of months 1 to 12, each once, in order.</summary>
    public static IReadOnlyList<int> ParseMonths(string text, Func<string, Exception> invalid)
    {
        var months = new SortedSet<int>();

        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                || month is < 1 or > 12)
            {
                throw invalid(text);
            }

            months.Add(month);
        }

        return months.Count > 0 ? [.. months] : throw invalid(text);
    }

    private static Uri BaseAddressOf(PluginSettings settings)
    {
        var text = settings.GetString(Source.BaseUrlSetting, Source.DefaultBaseUrl).Trim();

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new PluginSettingException(Source.BaseUrlSetting, text, "an http or https address");
        }

        // A base without the closing slash would lose its last segment when an operation is appended.
        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private static IReadOnlyList<string> StationsOf(PluginSettings settings) =>
        settings.Values.TryGetValue(Source.StationsSetting, out var text)
            ? ParseStations(text, t => new PluginSettingException(
                Source.StationsSetting, t, "a comma list of 7-character station codes such as 3008A40,3008A41"))
            : [];

    private static IReadOnlyList<int> MonthsOf(PluginSettings settings) =>
        settings.Values.TryGetValue(Source.MonthsSetting, out var text)
            ? ParseMonths(text, t => new PluginSettingException(
                Source.MonthsSetting, t, "a comma list of months from 1 to 12"))
            : [.. Enumerable.Range(1, 12)];

    private static int AtLeast(PluginSettings settings, string key, int fallback, int least, string what)
    {
        var value = settings.GetInt(key, fallback);

        return value >= least
            ? value
            : throw new PluginSettingException(key, settings.Values[key], $"{what} of at least {least}");
    }

    [GeneratedRegex("^[0-9][0-9A-Z]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex StationCode();
}
