using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Replicas.OpenApi;

namespace AlienFish.Plugins.OpenApi.Tests;

/// <summary>
/// A replica, the open-api source pointed at it, and a context with a captured log. Requests
/// carry fast defaults (no delay, 5 ms backoff) unless a test gives its own values.
/// </summary>
internal sealed class ReplicaCrawl : IAsyncDisposable
{
    private ReplicaCrawl(OpenApiReplica replica)
    {
        Replica = replica;
        Source = new WaterQualityApiSource(name => Environment.GetValueOrDefault(name));
    }

    public OpenApiReplica Replica { get; }

    /// <summary>The environment the source sees instead of the machine's.</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public WaterQualityApiSource Source { get; }

    public TestCrawlContext Context { get; } = new();

    public static async Task<ReplicaCrawl> StartAsync(ReplicaOptions? options = null) =>
        new(await OpenApiReplica.StartAsync(options));

    /// <summary>A water-quality request for 금강; a setting given with a null value is left out.</summary>
    public CrawlRequest Request(int from, int to, params (string Key, string? Value)[] settings) =>
        RequestIn(["금강"], from, to, settings);

    public CrawlRequest RequestIn(
        IReadOnlyList<string> basins, int from, int to, params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [WaterQualityApiSource.BaseUrlSetting] = Replica.BaseAddress.AbsoluteUri,
            [WaterQualityApiSource.ServiceKeySetting] = Replica.Options.ServiceKey,
            [WaterQualityApiSource.DelaySetting] = "0",
            [WaterQualityApiSource.BackoffSetting] = "5",
            [WaterQualityApiSource.TimeoutSetting] = "10",
        };

        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var given = values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);

        return new CrawlRequest("water-quality", basins, from, to, [1, 2], given);
    }

    public Task<IReadOnlyList<CrawlBatch>> PlanAsync(CrawlRequest request) =>
        Source.PlanAsync(request, Context, CancellationToken.None);

    /// <summary>Plans and fetches every batch, as the host does, and gives each batch's files.</summary>
    public async Task<List<(CrawlBatch Batch, IReadOnlyList<RawFile> Files)>> CrawlAsync(CrawlRequest request)
    {
        var fetched = new List<(CrawlBatch, IReadOnlyList<RawFile>)>();

        foreach (var batch in await PlanAsync(request))
        {
            fetched.Add((batch, await Source.FetchAsync(batch, Context, CancellationToken.None)));
        }

        return fetched;
    }

    /// <summary>The files of a crawl of one station and year.</summary>
    public async Task<IReadOnlyList<RawFile>> FetchOneAsync(
        string station, int year, params (string Key, string? Value)[] settings)
    {
        var request = Request(year, year, [(WaterQualityApiSource.StationsSetting, station), .. settings]);
        var crawl = await CrawlAsync(request);

        return Assert.Single(crawl).Files;
    }

    /// <summary>The public URL of a page of one station and year, as the source builds it.</summary>
    public string PageUrl(string station, int year, int pageNo = 1, int numOfRows = 100) =>
        Replica.BaseAddress.AbsoluteUri + "getWaterMeasuringList?pageNo="
        + pageNo.ToString(CultureInfo.InvariantCulture) + "&numOfRows="
        + numOfRows.ToString(CultureInfo.InvariantCulture) + "&resultType=json&ptNoList=" + station + "&wmyrList="
        + year.ToString(CultureInfo.InvariantCulture) + "&wmodList=01,02,03,04,05,06,07,08,09,10,11,12";

    public ValueTask DisposeAsync() => Replica.DisposeAsync();
}
