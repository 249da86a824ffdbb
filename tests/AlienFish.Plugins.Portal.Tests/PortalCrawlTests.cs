using AlienFish.Replicas.Portal;

namespace AlienFish.Plugins.Portal.Tests;

/// <summary>
/// Whole crawls against the replica. Only 금강 data exists, so "two basins" are two of its
/// 중권역, 갑천 and 미호천, given as <c>금강/갑천</c> and <c>금강/미호천</c>; the sample years are
/// 2016 and 2023.
/// </summary>
public sealed class PortalCrawlTests
{
    private static readonly string[] TwoMidBasins = ["금강/갑천", "금강/미호천"];

    [BrowserFact]
    public async Task Fish_crawl_of_two_basins_returns_exactly_the_rows_the_replica_holds()
    {
        await using var replica = await PortalReplica.StartAsync();
        using var context = new TestCrawlContext();
        var sites = replica.FishSites("금강", "갑천").Concat(replica.FishSites("금강", "미호천")).ToList();
        var request = ReplicaCrawl.Request(replica, "fish", 2016, 2023, TwoMidBasins);

        var (batches, files) = await ReplicaCrawl.RunAsync(request, context);

        var held = replica.FishRows(ReplicaCrawl.Codes(sites), 2016, 1, 2023, 2);
        Assert.Equal(DownloadedRows.Sorted(held), DownloadedRows.Sorted(DownloadedRows.Read(files)));
        Assert.Contains(held, r => r.Sheet == "출현생물" && r.Cells[0] == "2016");
        Assert.Contains(held, r => r.Sheet == "현지조사" && r.Cells[0] == "2023");
        Assert.True(sites.Count > 15, "미호천 alone should need two batches");
        Assert.All(batches, b => Assert.True(b.Parameters["sites"].Split(',').Length <= 15, b.Key));
        Assert.All(files, f => Assert.EndsWith(".xls", f.Name, StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Batches_go_on_from_the_page_the_plan_and_the_previous_batch_left_open()
    {
        // Given a basin whose fish sites need two batches
        await using var replica = await PortalReplica.StartAsync();
        using var context = new TestCrawlContext();
        var sites = replica.FishSites("금강", "미호천");
        var request = ReplicaCrawl.Request(replica, "fish", 2023, 2023, ["금강/미호천"]);

        // When it is crawled
        var (batches, files) = await ReplicaCrawl.RunAsync(request, context);

        // Then the search page was loaded once, by the plan, and the site popup opened twice
        // (the plan's, where the first batch went on, and the second batch's); the rows are exact
        Assert.Equal(2, batches.Count);
        var pages = replica.Requests.Where(r => r.Outcome == ReplicaOutcome.Page).Select(r => r.PathAndQuery).ToList();
        Assert.Single(pages, p => p.StartsWith("/waterData/bioSearch.do", StringComparison.Ordinal));
        Assert.Equal(2, pages.Count(p => p.StartsWith("/waterData/bioSitePop.do", StringComparison.Ordinal)));
        var held = replica.FishRows(ReplicaCrawl.Codes(sites), 2023, 1, 2023, 2);
        Assert.Equal(DownloadedRows.Sorted(held), DownloadedRows.Sorted(DownloadedRows.Read(files)));
    }

    [BrowserFact]
    public async Task Water_quality_crawl_of_two_basins_returns_exactly_the_rows_the_replica_holds()
    {
        await using var replica = await PortalReplica.StartAsync();
        using var context = new TestCrawlContext();
        var stations = replica.Stations("금강", "갑천").Concat(replica.Stations("금강", "미호천")).ToList();
        var request = ReplicaCrawl.Request(replica, "water-quality", 2016, 2023, TwoMidBasins);

        var (batches, files) = await ReplicaCrawl.RunAsync(request, context);

        var held = replica.WaterQualityRows(ReplicaCrawl.Codes(stations), 2016, 1, 2023, 12);
        Assert.Equal(DownloadedRows.Sorted(held), DownloadedRows.Sorted(DownloadedRows.Read(files)));
        Assert.Equal(stations.Count, batches.Sum(b => b.Parameters["sites"].Split(',').Length));
        Assert.All(
            replica.Requests.Where(r => r.SiteCount is not null), r => Assert.InRange(r.SiteCount!.Value, 1, 15));
        Assert.All(files, f => Assert.StartsWith("수질측정망_", f.Name, StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Batch_the_portal_refuses_as_too_large_is_split_in_halves_until_it_is_accepted()
    {
        await using var replica = await PortalReplica.StartAsync(new PortalReplicaOptions { SiteLimit = 4 });
        using var context = new TestCrawlContext();
        var sites = replica.FishSites("금강", "미호천");
        var request = ReplicaCrawl.Request(replica, "fish", 2023, 2023, ["금강/미호천"]);

        var (batches, files) = await ReplicaCrawl.RunAsync(request, context);

        var held = replica.FishRows(ReplicaCrawl.Codes(sites), 2023, 1, 2023, 2);
        Assert.Equal(DownloadedRows.Sorted(held), DownloadedRows.Sorted(DownloadedRows.Read(files)));
        Assert.Equal(2, batches.Count);
        Assert.Contains(replica.Requests, r => r.Outcome == ReplicaOutcome.TooLarge);
        Assert.All(
            replica.Requests.Where(r => r.Outcome == ReplicaOutcome.Download),
            r => Assert.InRange(r.SiteCount!.Value, 1, 4));
        Assert.Contains(context.Lines, l => l.Contains("fetching 7 and 8 sites separately", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Http_500s_are_retried_until_the_downloads_come_through()
    {
        var options = new PortalReplicaOptions { FailFirstDownloads = 2, FailureRate = 0.04, Seed = 7 };
        await using var replica = await PortalReplica.StartAsync(options);
        using var context = new TestCrawlContext();
        var stations = replica.Stations("금강", "갑천");
        var request = ReplicaCrawl.Request(replica, "water-quality", 2016, 2016, ["금강/갑천"], ("retries", "8"));

        var (_, files) = await ReplicaCrawl.RunAsync(request, context);

        var held = replica.WaterQualityRows(ReplicaCrawl.Codes(stations), 2016, 1, 2016, 12);
        Assert.Equal(DownloadedRows.Sorted(held), DownloadedRows.Sorted(DownloadedRows.Read(files)));
        Assert.True(replica.Requests.Count(r => r.Outcome == ReplicaOutcome.Failed) >= 2);
        Assert.Contains(context.Lines, l => l.Contains("HTTP 500", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Requests_carry_the_profile_s_browser_user_agent_and_stay_on_the_replica()
    {
        await using var replica = await PortalReplica.StartAsync();
        using var context = new TestCrawlContext();
        var request = ReplicaCrawl.Request(replica, "water-quality", 2023, 2023, ["금강/갑천"]);

        await ReplicaCrawl.RunAsync(request, context);

        Assert.NotEmpty(replica.Requests);
        Assert.All(
            replica.Requests,
            r => Assert.StartsWith("Mozilla/5.0 (X11; Linux x86_64)", r.UserAgent, StringComparison.Ordinal));
        Assert.DoesNotContain(replica.Requests, r => r.Outcome == ReplicaOutcome.Rejected);
    }
}
