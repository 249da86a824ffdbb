using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AlienFish.Abstractions;
using AlienFish.Plugins.Portal.Browsing;
using AlienFish.Plugins.Portal.Fetching;
using AlienFish.Plugins.Portal.Planning;
using AlienFish.Plugins.Portal.Profiles;
using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.Portal;

/// <summary>
/// Crawls the Water Environment Information System (물환경정보시스템) with a headless
/// browser, as a person would: fish surveys through the bio search and its site popup,
/// water quality through the 측정자료 page and its 수계 tree. Planning opens each basin's
/// site list once and cuts it into batches the portal accepts; fetching one batch ticks its
/// sites, searches and returns every download. The steps and selectors come from a profile
/// file, so a change on the portal is fixed by editing that file.
/// </summary>
public sealed class PortalSource : ICrawlSource
{
    public string Name => "portal";

    public string Description =>
        "Downloads fish surveys and water quality from the Water Environment Information System with a browser.";

    public PluginKind Kind => PluginKind.Source;

    private readonly SemaphoreSlim _sessionLock = new(1, 1);
    private BrowserSession? _session;
    private PortalOptions? _sessionOptions;

    public async Task<IReadOnlyList<CrawlBatch>> PlanAsync(
        CrawlRequest request, ICrawlContext context, CancellationToken cancellationToken)
    {
        var dataset = Check(request);
        var options = PortalOptions.From(request.Settings);
        var profile = ProfileLoader.Load(options.Profile);
        RequireSteps(profile, dataset, options);
        var periods = dataset == PortalDatasets.Fish
            ? BatchPeriod.ForFish(request.FromYear, request.ToYear, request.Rounds)
            : BatchPeriod.ForWaterQuality(request.FromYear, request.ToYear);
        var basins = request.Basins.Select(BasinChoice.Parse).DistinctBy(b => b.Label).ToList();

        var session = await SessionAsync(options, profile);
        var runner = new FlowRunner(profile, dataset, session.Throttle, options, context.Logger);
        var retry = new RetryPolicy(options.Retries, options.BackoffMs, context.Logger);

        // The site lists are read last basin first, so that the page left open at the end
        // shows the first basin's list, where the first batch goes on from.
        var lists = await Task.WhenAll(basins.AsEnumerable().Reverse().Select(basin => retry.RunAsync(
            $"reading the {dataset} sites of {basin.Label}",
            () => session.WithTabAsync(
                [],
                tab => runner.ListSitesAsync(tab, FlowValues.For(dataset, basin, periods[0]), cancellationToken),
                cancellationToken),
            cancellationToken)));
        Array.Reverse(lists);

        var batches = new List<CrawlBatch>();

        for (var i = 0; i < basins.Count; i++)
        {
            if (lists[i].Count == 0)
            {
                context.Logger.LogWarning("the portal lists no {Dataset} sites in {Basin}", dataset, basins[i].Label);
            }

            batches.AddRange(BatchPlanner.Plan(
                dataset, basins[i], lists[i], periods, options.SitesPerBatch, request.Settings));
        }

        return batches;
    }

    public async Task<IReadOnlyList<RawFile>> FetchAsync(
        CrawlBatch batch, ICrawlContext context, CancellationToken cancellationToken)
    {
        var dataset = Parameter(batch, "dataset");
        var basin = new BasinChoice(Parameter(batch, "basin"), Parameter(batch, "midBasin"));
        var period = new BatchPeriod(
            Number(batch, "fromYear"), Number(batch, "fromPart"), Number(batch, "toYear"), Number(batch, "toPart"));
        var sites = Parameter(batch, "sites").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var settings = batch.Parameters
            .Where(p => p.Key.StartsWith(BatchPlanner.SettingPrefix, StringComparison.Ordinal))
            .ToDictionary(p => p.Key[BatchPlanner.SettingPrefix.Length..], p => p.Value);

        var options = PortalOptions.From(settings);
        var profile = ProfileLoader.Load(options.Profile);
        RequireSteps(profile, dataset, options);
        var folder = DownloadFolder(context.WorkFolder, batch.Key);

        var session = await SessionAsync(options, profile);
        var runner = new FlowRunner(profile, dataset, session.Throttle, options, context.Logger);
        var retry = new RetryPolicy(options.Retries, options.BackoffMs, context.Logger);
        var fetcher = new BatchFetcher(session, runner, retry, context.Logger, folder);

        return await fetcher.FetchAsync(FlowValues.For(dataset, basin, period), sites, cancellationToken);
    }

    /// <summary>
    /// The browser session of this crawl: the plan and every batch of one crawl share the
    /// driver and browser; other settings (another browser, profile or politeness) start anew.
    /// </summary>
    private async Task<BrowserSession> SessionAsync(PortalOptions options, PortalProfile profile)
    {
        await _sessionLock.WaitAsync();

        try
        {
            if (_session is not null && options == _sessionOptions)
            {
                return _session;
            }

            _session?.Dispose();
            _session = null;
            _session = await BrowserSession.OpenAsync(options, profile);
            _sessionOptions = options;

            return _session;
        }
        finally
        {
            _sessionLock.Release();
        }
    }

    private static string Check(CrawlRequest request)
    {
        if (request.Dataset is not (PortalDatasets.Fish or PortalDatasets.WaterQuality))
        {
            throw PortalErrors.UnknownDataset(request.Dataset);
        }

        if (request.FromYear > request.ToYear)
        {
            throw PortalErrors.BadYears(request.FromYear, request.ToYear);
        }

        if (request.Rounds.FirstOrDefault(r => r is not (1 or 2)) is var round and not 0)
        {
            throw PortalErrors.BadRound(round);
        }

        return request.Basins.Any(b => !string.IsNullOrWhiteSpace(b)) ? request.Dataset : throw PortalErrors.NoBasin();
    }

    private static void RequireSteps(PortalProfile profile, string dataset, PortalOptions options)
    {
        if (!profile.Datasets.ContainsKey(dataset))
        {
            throw PortalErrors.BadProfile(options.Profile ?? ProfileLoader.DefaultPath, $"it has no steps for {dataset}");
        }
    }

    private static string Parameter(CrawlBatch batch, string name) =>
        batch.Parameters.TryGetValue(name, out var value) ? value : throw PortalErrors.BadBatch(batch.Key, name);

    private static int Number(CrawlBatch batch, string name) =>
        int.Parse(Parameter(batch, name), NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>A fresh folder per batch, named by a hash because keys hold ':' and '/'.</summary>
    private static string DownloadFolder(string workFolder, string key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        var folder = Path.Combine(workFolder, "downloads", hash);

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);

        return folder;
    }
}
