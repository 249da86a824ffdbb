using AlienFish.Abstractions;
using AlienFish.Replicas.OpenApi;
using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.OpenApi.Tests;

public sealed class WaterQualityApiSourceRetryTests
{
    // Task.Delay and the replica's clock may disagree by a timer tick.
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(5);

    [Fact]
    public async Task Should_retry_with_doubling_pauses_When_the_api_answers_http_500_twice()
    {
        await using var crawl = await ReplicaCrawl.StartAsync(new ReplicaOptions { FailFirst = 2 });

        var files = await crawl.FetchOneAsync("3008A40", 2016, ("backoff-ms", "60"));

        var requests = crawl.Replica.Requests;
        Assert.Equal([500, 500, 200], requests.Select(r => r.StatusCode));
        Assert.True(requests[1].ReceivedAt - requests[0].AnsweredAt >= TimeSpan.FromMilliseconds(60) - Tolerance);
        Assert.True(requests[2].ReceivedAt - requests[1].AnsweredAt >= TimeSpan.FromMilliseconds(120) - Tolerance);
        Assert.Equal(ServedItems.Of(crawl.Replica.ItemsFor(["3008A40"], [2016])), ServedItems.Of(files));
        var url = crawl.PageUrl("3008A40", 2016);
        Assert.Equal(
            [
                $"{url} gave HTTP 500 (InternalServerError); trying again in 60 ms (attempt 2 of 5)",
                $"{url} gave HTTP 500 (InternalServerError); trying again in 120 ms (attempt 3 of 5)",
            ],
            crawl.Context.Log.At(LogLevel.Warning));
    }

    [Theory]
    [InlineData(ReplicaFault.HtmlPage)]
    [InlineData(ReplicaFault.ApplicationError)]
    public async Task Should_retry_When_the_api_answers_with_a_passing_error(ReplicaFault fault)
    {
        await using var crawl = await ReplicaCrawl.StartAsync(new ReplicaOptions { Fault = fault, FailFirst = 1 });

        var files = await crawl.FetchOneAsync("3008A40", 2016);

        Assert.Equal(2, crawl.Replica.Requests.Count);
        Assert.Equal(fault, crawl.Replica.Requests[0].Fault);
        Assert.Equal(ServedItems.Of(crawl.Replica.ItemsFor(["3008A40"], [2016])), ServedItems.Of(files));
    }

    [Fact]
    public async Task Should_retry_When_a_request_times_out()
    {
        var options = new ReplicaOptions
        {
            Fault = ReplicaFault.Stall,
            FailFirst = 1,
            StallTime = TimeSpan.FromSeconds(20),
        };
        await using var crawl = await ReplicaCrawl.StartAsync(options);

        var files = await crawl.FetchOneAsync("3008A40", 2016, ("timeout-s", "1"));

        Assert.Equal(49, ServedItems.Of(files).Count);
        Assert.Contains(
            crawl.Context.Log.At(LogLevel.Warning),
            l => l.StartsWith(
                crawl.PageUrl("3008A40", 2016) + " gave no answer within 1 s;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_fail_naming_the_url_without_the_key_When_the_api_keeps_answering_http_500()
    {
        await using var crawl = await ReplicaCrawl.StartAsync(new ReplicaOptions { FaultRate = 1.0 });

        var error = await Assert.ThrowsAsync<SourceFormatException>(
            () => crawl.FetchOneAsync("3008A40", 2016, ("retries", "2")));

        Assert.Equal(
            $"no usable answer from {crawl.PageUrl("3008A40", 2016)} after 3 attempts (last: HTTP 500 "
            + "(InternalServerError)); the API may be down or slow: run the same crawl again later, finished batches "
            + "are skipped, or raise --set retries=N or --set timeout-s=N",
            error.Message);
        Assert.Equal(3, crawl.Replica.Requests.Count);
        SecretAssert.Absent(crawl.Replica.Options.ServiceKey, error.ToString());
    }

    [Fact]
    public async Task Should_get_every_item_When_the_api_fails_at_random_and_answers_late()
    {
        var options = new ReplicaOptions { FaultRate = 0.3, MaxDelay = TimeSpan.FromMilliseconds(20), Seed = 7 };
        await using var crawl = await ReplicaCrawl.StartAsync(options);
        var request = crawl.Request(2016, 2016, ("stations", "3008A40,3012A32,3009A80"), ("page-size", "10"));

        var fetched = await crawl.CrawlAsync(request);

        Assert.Contains(crawl.Replica.Requests, r => r.StatusCode == 500);
        Assert.Equal(
            ServedItems.Of(crawl.Replica.ItemsFor(["3008A40", "3012A32", "3009A80"], [2016])),
            ServedItems.Of(Assert.Single(fetched).Files));
    }
}
