using AlienFish.Replicas.OpenApi;

namespace AlienFish.Plugins.OpenApi.Tests;

public sealed class WaterQualityApiSourcePolitenessTests
{
    [Fact]
    public async Task Should_leave_the_minimum_delay_between_requests_When_pages_and_batches_follow_each_other()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();
        var request = crawl.Request(
            2016, 2016, ("stations", "3008A40,3012A32"), ("stations-per-request", "1"), ("page-size", "20"),
            ("delay-ms", "120"));

        await crawl.CrawlAsync(request);

        var requests = crawl.Replica.Requests;
        Assert.Equal(6, requests.Count);

        // Measured by the replica from the end of one answer to the arrival of the next request.
        var pauses = requests.Zip(requests.Skip(1), (a, b) => b.ReceivedAt - a.AnsweredAt).ToList();
        Assert.All(pauses, p => Assert.True(p >= TimeSpan.FromMilliseconds(115), $"paused {p.TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task Should_send_one_request_at_a_time_with_a_browser_user_agent_When_answers_are_slow()
    {
        var options = new ReplicaOptions { MaxDelay = TimeSpan.FromMilliseconds(30) };
        await using var crawl = await ReplicaCrawl.StartAsync(options);
        var request = crawl.Request(2016, 2023, ("stations", "3008A40,3012A32"), ("page-size", "15"));

        await crawl.CrawlAsync(request);

        Assert.Equal(1, crawl.Replica.MaxConcurrentRequests);
        Assert.True(crawl.Replica.Requests.Count > 10);
        Assert.All(
            crawl.Replica.Requests, r => Assert.StartsWith("Mozilla/5.0 (", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_wait_the_default_delay_When_no_delay_is_set()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        await crawl.FetchOneAsync("3008A40", 2016, ("delay-ms", null), ("page-size", "25"));

        var requests = crawl.Replica.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].AnsweredAt >= TimeSpan.FromMilliseconds(195));
    }
}
