using AlienFish.Abstractions;
using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.OpenApi;

/// <summary>
/// What one planned crawl keeps until its batches are fetched: the settings, the key and the
/// one HTTP client all its requests share, so the pause between requests holds across batches.
/// </summary>
internal sealed class CrawlSession : IDisposable
{
    private readonly PoliteApiClient _client;

    public CrawlSession(OpenApiSettings settings, ServiceKey key)
    {
        Settings = settings;
        _client = new PoliteApiClient(settings, key);
    }

    public OpenApiSettings Settings { get; }

    /// <summary>
    /// The codes in <c>getMsrstnList</c> whose first digit puts them in one of the basins
    /// (see <see cref="BasinCodes"/>), read page by page.
    /// </summary>
    public async Task<IReadOnlyList<string>> StationsInAsync(
        IReadOnlyList<string> basins, ILogger logger, CancellationToken cancellationToken)
    {
        var digits = BasinCodes.DigitsOf(basins);
        var listed = new List<string>();
        var first = new ApiRequest(WaterQualityApiSource.StationListOperation, 1, Settings.PageSize, []);

        await foreach (var (_, page, _) in PagesAsync(first, logger, cancellationToken))
        {
            listed.AddRange(page.Items.Select(i => i.GetValueOrDefault("PT_NO", "").Trim()).Where(c => c.Length > 0));
        }

        var inBasins = listed.Where(c => BasinCodes.Contains(digits, c)).Distinct(StringComparer.Ordinal).ToList();
        logger.LogInformation(
            "the API lists {Listed} stations, {Chosen} of them in {Basins}", listed.Count, inBasins.Count,
            basins.Count > 0 ? string.Join(", ", basins) : "every basin");

        return inBasins.Count > 0 ? inBasins : throw OpenApiErrors.NoStations(basins, listed.Count);
    }

    /// <summary>Every page of one batch, each body exactly as the API sent it.</summary>
    public async Task<IReadOnlyList<RawFile>> FetchAsync(
        CrawlBatch batch, ILogger logger, CancellationToken cancellationToken)
    {
        var first = new ApiRequest(WaterQualityApiSource.MeasuringOperation, 1, Settings.PageSize,
        [
            ("ptNoList", Parameter(batch, BatchPlan.StationsParameter)),
            ("wmyrList", Parameter(batch, BatchPlan.YearParameter)),
            ("wmodList", Parameter(batch, BatchPlan.MonthsParameter)),
        ]);

        var files = new List<RawFile>();
        var items = 0;
        int? total = null;

        await foreach (var (request, page, body) in PagesAsync(first, logger, cancellationToken))
        {
            var name = BatchPlan.FileName(batch, request.PageNo, page.Extension);
            files.Add(new RawFile(name, request.PublicUrl(Settings.BaseAddress), body));
            items += page.Items.Count;
            total ??= page.TotalCount;
        }

        if (total is { } expected && expected != items)
        {
            logger.LogWarning(
                "{Batch}: the API announced {Expected} items but sent {Items}", batch.Description, expected, items);
        }

        logger.LogInformation("{Batch}: {Items} items in {Pages} pages", batch.Description, items, files.Count);

        return files;
    }

    public void Dispose() => _client.Dispose();

    /// <summary>
    /// Pages 1, 2, … until page × numOfRows reaches the <c>totalCount</c> of the first page;
    /// without a count, until a page comes back short. An empty page ends it either way, so a
    /// count that overstates cannot keep the crawl asking forever.
    /// </summary>
    private async IAsyncEnumerable<(ApiRequest Request, ApiPage Page, byte[] Body)> PagesAsync(
        ApiRequest first,
        ILogger logger,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int? total = null;

        for (var pageNo = 1; ; pageNo++)
        {
            var request = first.ForPage(pageNo);
            var (page, body) = await _client.GetAsync(request, logger, cancellationToken);
            total ??= page.TotalCount;

            yield return (request, page, body);

            var more = total is { } t ? (long)pageNo * first.NumOfRows < t : page.Items.Count >= first.NumOfRows;

            if (!more || page.Items.Count == 0)
            {
                yield break;
            }
        }
    }

    private static string Parameter(CrawlBatch batch, string name) =>
        batch.Parameters.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException(
                $"batch '{batch.Key}' has no parameter '{name}'; it was not planned by the open-api source");
}
