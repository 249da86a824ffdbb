using AlienFish.Abstractions;
using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.OpenApi;

/// <summary>
/// Downloads 수질측정망 results from the Open API of 국립환경과학원 (data.go.kr 15081073,
/// <c>getWaterMeasuringList</c>) and hands each page, as the API sent it, to the file sources.
/// </summary>
/// <remarks>
/// <para>
/// A crawl is planned as one batch per year and group of at most <c>stations-per-request</c>
/// stations. The stations are those of <c>--set stations=…</c> or, without it, those of the
/// API's station list (<c>getMsrstnList</c>) whose code puts them in one of the <c>--basin</c>s:
/// the first digit of a code is its major basin (1 한강, 2 낙동강, 3 금강, 4 섬진강, 5 영산강).
/// </para>
/// <para>
/// Each batch is fetched page by page until the pages cover the announced <c>totalCount</c>, and
/// each page becomes one file named like <c>getWaterMeasuringList_3008A40-3008A41_2016_p1.json</c>
/// whose path is the request URL without the service key. The key comes from
/// <c>FISHDENS_API_KEY</c> or <c>--set service-key=…</c> and never appears in a name, path,
/// log line or message.
/// </para>
/// </remarks>
public sealed class WaterQualityApiSource : ICrawlSource
{
    /// <summary>The data.go.kr service key; the environment variable FISHDENS_API_KEY is read when absent.</summary>
    public const string ServiceKeySetting = "service-key";

    /// <summary>The address the operations are appended to.</summary>
    public const string BaseUrlSetting = "base-url";

    /// <summary>Rows asked for per page (<c>numOfRows</c>).</summary>
    public const string PageSizeSetting = "page-size";

    /// <summary>Most station codes in one request's <c>ptNoList</c>; the portal serves a few at a time.</summary>
    public const string StationsPerRequestSetting = "stations-per-request";

    /// <summary>Comma list of station codes to fetch instead of the basins' stations.</summary>
    public const string StationsSetting = "stations";

    /// <summary>Comma list of months 1–12 to fetch; all by default.</summary>
    public const string MonthsSetting = "months";

    /// <summary>How many times a failed request is asked again before the crawl stops.</summary>
    public const string RetriesSetting = "retries";

    /// <summary>The pause before the first retry in milliseconds; each further one doubles it.</summary>
    public const string BackoffSetting = "backoff-ms";

    /// <summary>The least pause between an answer and the next request, in milliseconds.</summary>
    public const string DelaySetting = "delay-ms";

    /// <summary>How long one request may take, in seconds.</summary>
    public const string TimeoutSetting = "timeout-s";

    public const string DefaultBaseUrl = "https://apis.data.go.kr/1480523/WaterQualityService/";

    public const int DefaultPageSize = 100;

    public const int DefaultStationsPerRequest = 5;

    public const int DefaultRetries = 4;

    public const int DefaultBackoffMs = 500;

    public const int DefaultDelayMs = 200;

    public const int DefaultTimeoutSeconds = 30;

    public const string MeasuringOperation = "getWaterMeasuringList";

    public const string StationListOperation = "getMsrstnList";

    private const string WaterQualityDataset = "water-quality";

    private readonly Func<string, string?> _environment;
    private CrawlSession? _session;

    public WaterQualityApiSource()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>For tests, which must not depend on the variables of the machine they run on.</summary>
    internal WaterQualityApiSource(Func<string, string?> environment)
    {
        _environment = environment;
    }

    public string Name => "open-api";

    public string Description =>
        "Downloads 수질측정망 results from the 국립환경과학원 Open API (data.go.kr), with the key in "
        + $"{ServiceKey.EnvironmentVariable} or --set {ServiceKeySetting}=KEY";

    public PluginKind Kind => PluginKind.Source;

    public async Task<IReadOnlyList<CrawlBatch>> PlanAsync(
        CrawlRequest request, ICrawlContext context, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.Dataset, WaterQualityDataset, StringComparison.OrdinalIgnoreCase))
        {
            throw OpenApiErrors.DatasetNotSupported(request.Dataset);
        }

        if (request.FromYear > request.ToYear)
        {
            throw OpenApiErrors.YearsReversed(request.FromYear, request.ToYear);
        }

        var given = new PluginSettings(request.Settings);
        var settings = OpenApiSettings.Read(given);
        var key = ServiceKey.Resolve(given, _environment);
        WarnAboutUnknownKeys(given, context.Logger);

        _session?.Dispose();
        _session = new CrawlSession(settings, key);

        var stations = settings.Stations.Count > 0
            ? settings.Stations
            : await _session.StationsInAsync(request.Basins, context.Logger, cancellationToken);

        var batches = BatchPlan.Of(stations, request.FromYear, request.ToYear, settings);
        context.Logger.LogInformation(
            "planned {Batches} batches: {Stations} stations, {From}–{To}", batches.Count, stations.Count,
            request.FromYear, request.ToYear);

        return batches;
    }

    public Task<IReadOnlyList<RawFile>> FetchAsync(
        CrawlBatch batch, ICrawlContext context, CancellationToken cancellationToken)
    {
        var session = _session ?? throw OpenApiErrors.NotPlanned();

        return session.FetchAsync(batch, context.Logger, cancellationToken);
    }

    private static void WarnAboutUnknownKeys(PluginSettings settings, ILogger logger)
    {
        foreach (var key in OpenApiSettings.UnknownKeys(settings))
        {
            logger.LogWarning(
                "setting '{Key}' is not used by the open-api source, which reads {Known}",
                key, string.Join(", ", OpenApiSettings.Known));
        }
    }
}
