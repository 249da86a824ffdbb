namespace AlienFish.Abstractions;

/// <summary>
/// A source that fetches files from a portal or an API. The host plans the batches,
/// skips those already finished in the store, and imports each batch's files through the
/// file sources, so an interrupted crawl resumes where it stopped.
/// </summary>
public interface ICrawlSource : IFishdensPlugin
{
    Task<IReadOnlyList<CrawlBatch>> PlanAsync(
        CrawlRequest request,
        ICrawlContext context,
        CancellationToken cancellationToken);

    Task<IReadOnlyList<RawFile>> FetchAsync(
        CrawlBatch batch,
        ICrawlContext context,
        CancellationToken cancellationToken);
}

/// <summary>What the user asked to crawl.</summary>
/// <param name="Dataset"><c>fish</c> or <c>water-quality</c>.</param>
/// <param name="Basins">대권역 names, e.g. 금강.</param>
/// <param name="Settings">Source-specific <c>--set key=value</c> pairs.</param>
public sealed record CrawlRequest(
    string Dataset,
    IReadOnlyList<string> Basins,
    int FromYear,
    int ToYear,
    IReadOnlyList<int> Rounds,
    IReadOnlyDictionary<string, string> Settings);

/// <summary>One download. <see cref="Key"/> is stable across runs so finished batches are skipped.</summary>
public sealed record CrawlBatch(string Key, string Description, IReadOnlyDictionary<string, string> Parameters);

/// <summary>What the host lends a crawl source.</summary>
public interface ICrawlContext
{
    Microsoft.Extensions.Logging.ILogger Logger { get; }

    /// <summary>A folder the source may use for downloads and browser profiles.</summary>
    string WorkFolder { get; }
}
