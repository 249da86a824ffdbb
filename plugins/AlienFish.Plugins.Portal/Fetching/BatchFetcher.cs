using AlienFish.Abstractions;
using AlienFish.Plugins.Portal.Browsing;
using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.Portal.Fetching;

/// <summary>
/// Fetches one batch: plays the fetch steps with retries, and when the portal refuses the
/// batch as too large, fetches each half on its own, down to single sites.
/// </summary>
internal sealed class BatchFetcher
{
    private readonly BrowserSession _session;
    private readonly FlowRunner _runner;
    private readonly RetryPolicy _retry;
    private readonly ILogger _logger;
    private readonly string _folder;
    private int _flows;

    public BatchFetcher(BrowserSession session, FlowRunner runner, RetryPolicy retry, ILogger logger, string folder)
    {
        _session = session;
        _runner = runner;
        _retry = retry;
        _logger = logger;
        _folder = folder;
    }

    public async Task<IReadOnlyList<RawFile>> FetchAsync(
        IReadOnlyDictionary<string, string> values, IReadOnlyList<string> sites, CancellationToken cancellationToken)
    {
        try
        {
            var what = $"downloading {sites.Count} sites {sites[0]}…{sites[^1]}";

            return await _retry.RunAsync(what, () => OnceAsync(values, sites, cancellationToken), cancellationToken);
        }
        catch (SiteLimitException e) when (sites.Count > 1)
        {
            var half = sites.Count / 2;
            _logger.LogWarning(
                "{Reason}; fetching {First} and {Second} sites separately", e.Message, half, sites.Count - half);

            var first = await FetchAsync(values, sites.Take(half).ToList(), cancellationToken);
            var second = await FetchAsync(values, sites.Skip(half).ToList(), cancellationToken);

            return [.. first, .. second];
        }
        catch (SiteLimitException)
        {
            throw PortalErrors.SiteRefused(sites[0]);
        }
    }

    private Task<IReadOnlyList<RawFile>> OnceAsync(
        IReadOnlyDictionary<string, string> values, IReadOnlyList<string> sites, CancellationToken cancellationToken)
    {
        // Each try saves into a folder of its own, so a half-finished try leaves nothing behind
        // that a later one could mistake for its own download.
        var folder = Path.Combine(_folder, $"{Interlocked.Increment(ref _flows):000}");
        Directory.CreateDirectory(folder);

        return _session.WithTabAsync(
            _runner.ResumableFrom(values),
            tab => _runner.FetchAsync(tab, values, sites, folder, cancellationToken),
            cancellationToken);
    }
}
