using AlienFish.Abstractions;

namespace AlienFish.Plugins.OpenApi;

/// <summary>
/// Every error the open-api source raises, worded in one place. Each names what went wrong,
/// the URL without the service key where there is one, and what the user can do. They are
/// <see cref="SourceFormatException"/>s because that is what the host shows as one line.
/// </summary>
internal static class OpenApiErrors
{
    private const string SetKey =
        $"set the environment variable {ServiceKey.EnvironmentVariable}=KEY or give "
        + $"--set {WaterQualityApiSource.ServiceKeySetting}=KEY";

    public static SourceFormatException MissingKey() =>
        new($"the open-api source needs a data.go.kr service key for 국립환경과학원_수질 DB (15081073): {SetKey}");

    public static SourceFormatException KeyRejected(string url, string reason, string code) =>
        new($"the API rejected the service key with {reason} (code {code}) at {url}; check the key and "
            + $"{SetKey}, exactly as data.go.kr shows it (an encoded key is sent as it is, a decoded key is "
            + "encoded once); a newly issued key can take an hour to work");

    public static SourceFormatException QuotaExceeded(string url, string reason, string code) =>
        new($"the API stopped serving this key with {reason} (code {code}) at {url}; the daily request "
            + "limit is used up: run the same crawl again tomorrow, finished batches are skipped");

    public static SourceFormatException Refused(string url, string reason, string code) =>
        new($"the API refused {url} with {reason} (code {code}); the open-api source built a request the API "
            + "does not accept, please report it with this message");

    public static SourceFormatException UnknownShape(string url, string what) =>
        new($"the API answered {url} with {what}, which the open-api source does not know; "
            + "please report it with this message");

    public static SourceFormatException GaveUp(string url, int attempts, string reason) =>
        new($"no usable answer from {url} after {attempts} attempts (last: {reason}); the API may be down or "
            + $"slow: run the same crawl again later, finished batches are skipped, or raise "
            + $"--set {WaterQualityApiSource.RetriesSetting}=N or --set {WaterQualityApiSource.TimeoutSetting}=N");

    public static SourceFormatException DatasetNotSupported(string dataset) =>
        new($"the open-api source fetches the dataset 'water-quality' only, not '{dataset}'; "
            + "give --dataset water-quality");

    public static SourceFormatException UnknownBasin(string basin) =>
        new($"the basin '{basin}' is not one the open-api source knows; give --basin as one of "
            + string.Join(", ", BasinCodes.Names));

    public static SourceFormatException YearsReversed(int from, int to) =>
        new($"the first year {from} is after the last year {to}; give --from and --to in order");

    public static SourceFormatException NoStations(IEnumerable<string> basins, int listed) =>
        new($"the API's station list ({listed} stations) holds none in {string.Join(", ", basins)}; "
            + $"give the codes with --set {WaterQualityApiSource.StationsSetting}=3008A40,3008A41");

    public static InvalidOperationException NotPlanned() =>
        new("FetchAsync was called before PlanAsync; the host must plan a crawl before fetching its batches");
}
