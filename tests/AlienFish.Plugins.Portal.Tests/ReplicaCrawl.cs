using AlienFish.Abstractions;
using AlienFish.Replicas.Portal;

namespace AlienFish.Plugins.Portal.Tests;

/// <summary>Plans and fetches a whole crawl against a replica, as the host's crawl runner would.</summary>
internal static class ReplicaCrawl
{
    public static CrawlRequest Request(
        PortalReplica replica,
        string dataset,
        int from,
        int to,
        string[] basins,
        params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["portal"] = replica.BaseAddress.ToString(),
            ["delay-ms"] = "0",
            ["backoff-ms"] = "20",
            ["timeout-ms"] = "15000",
        };

        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new CrawlRequest(dataset, basins, from, to, [1, 2], settings);
    }

    public static async Task<(IReadOnlyList<CrawlBatch> Batches, IReadOnlyList<RawFile> Files)> RunAsync(
        CrawlRequest request, TestCrawlContext context)
    {
        var source = new PortalSource();
        var batches = await source.PlanAsync(request, context, CancellationToken.None);
        var files = new List<RawFile>();

        foreach (var batch in batches)
        {
            files.AddRange(await source.FetchAsync(batch, context, CancellationToken.None));
        }

        return (batches, files);
    }

    public static IEnumerable<string> Codes(IEnumerable<ReplicaSite> sites) => sites.Select(s => s.Code);
}
