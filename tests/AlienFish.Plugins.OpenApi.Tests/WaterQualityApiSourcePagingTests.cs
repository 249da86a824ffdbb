using System.Text.Json;
using AlienFish.Replicas.OpenApi;

namespace AlienFish.Plugins.OpenApi.Tests;

public sealed class WaterQualityApiSourcePagingTests
{
    // 대청댐 has 49 samples in 2016 in the Geum sample.
    private const string Daecheong = "3008A40";

    [Fact]
    public async Task Should_fetch_pages_until_they_cover_the_total_count_When_rows_fill_the_last_page_exactly()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();
        var expected = crawl.Replica.ItemsFor([Daecheong], [2016]);

        var files = await crawl.FetchOneAsync(Daecheong, 2016, ("page-size", "7"));

        Assert.Equal(49, expected.Count);
        Assert.Equal(
            Enumerable.Range(1, 7).Select(p => $"getWaterMeasuringList_3008A40_2016_p{p}.json"),
            files.Select(f => f.Name));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], crawl.Replica.Requests.Select(r => r.Query["pageNo"]));
        Assert.Equal(ServedItems.Of(expected), ServedItems.Of(files));
    }

    [Fact]
    public async Task Should_fetch_a_short_last_page_When_rows_do_not_fill_it()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        var files = await crawl.FetchOneAsync(Daecheong, 2016, ("page-size", "10"));

        Assert.Equal(5, files.Count);
        Assert.Equal(9, ServedItems.Of(files[4]).Count);
        Assert.Equal(ServedItems.Of(crawl.Replica.ItemsFor([Daecheong], [2016])), ServedItems.Of(files));
    }

    [Fact]
    public async Task Should_read_the_total_count_When_the_api_writes_counts_as_strings()
    {
        await using var crawl = await ReplicaCrawl.StartAsync(new ReplicaOptions { CountsAsStrings = true });

        var files = await crawl.FetchOneAsync(Daecheong, 2016, ("page-size", "20"));

        using var first = JsonDocument.Parse(files[0].Content);
        Assert.Equal(JsonValueKind.String, first.RootElement.GetProperty("getWaterMeasuringList")
            .GetProperty("totalCount").ValueKind);
        Assert.Equal(3, files.Count);
        Assert.Equal(ServedItems.Of(crawl.Replica.ItemsFor([Daecheong], [2016])), ServedItems.Of(files));
    }

    [Fact]
    public async Task Should_keep_a_single_item_When_the_api_sends_it_as_an_object()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        var files = await crawl.FetchOneAsync(Daecheong, 2016, ("page-size", "48"));

        Assert.Equal(2, files.Count);
        Assert.Equal(JsonValueKind.Array, ServedItems.ItemKind(files[0]));
        Assert.Equal(JsonValueKind.Object, ServedItems.ItemKind(files[1]));
        Assert.Equal(2, crawl.Replica.Requests.Count);
        Assert.Equal(ServedItems.Of(crawl.Replica.ItemsFor([Daecheong], [2016])), ServedItems.Of(files));
    }

    [Fact]
    public async Task Should_return_one_empty_page_When_the_year_has_no_samples()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        var files = await crawl.FetchOneAsync(Daecheong, 2020);

        var file = Assert.Single(files);
        Assert.Equal("getWaterMeasuringList_3008A40_2020_p1.json", file.Name);
        Assert.Empty(ServedItems.Of(file));
        Assert.Single(crawl.Replica.Requests);
    }

    [Fact]
    public async Task Should_send_months_zero_padded_When_some_months_are_asked_for()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();
        var expected = crawl.Replica.ItemsFor([Daecheong], [2016], [3, 4]);

        var files = await crawl.FetchOneAsync(Daecheong, 2016, ("months", "3,4"));

        Assert.Equal("03,04", Assert.Single(crawl.Replica.Requests).Query["wmodList"]);
        Assert.Equal("getWaterMeasuringList_3008A40_2016_m03-04_p1.json", Assert.Single(files).Name);
        Assert.Equal(8, expected.Count);
        Assert.Equal(ServedItems.Of(expected), ServedItems.Of(files));
    }

    [Fact]
    public async Task Should_return_exactly_the_items_the_api_holds_When_a_crawl_spans_groups_and_years()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();
        var request = crawl.Request(
            2016, 2023, ("stations", "3008A40,3012A32,3001A20"), ("stations-per-request", "2"), ("page-size", "30"));

        var fetched = await crawl.CrawlAsync(request);

        Assert.Equal(16, fetched.Count);

        foreach (var (batch, files) in fetched)
        {
            var stations = batch.Parameters["stations"].Split(',');
            var year = int.Parse(batch.Parameters["year"], System.Globalization.CultureInfo.InvariantCulture);
            var expected = crawl.Replica.ItemsFor(stations, [year]);

            Assert.Equal(ServedItems.Of(expected), ServedItems.Of(files));
            Assert.Equal(Math.Max(1, (expected.Count + 29) / 30), files.Count);
        }

        // Counted in the two CSV files: 49 + 51 + 12 rows in 2016, 49 + 49 + 12 in 2023, none between.
        Assert.Equal(222, fetched.Sum(f => ServedItems.Of(f.Files).Count));
    }

    [Fact]
    public async Task Should_save_the_body_as_sent_and_the_url_without_the_key_When_a_page_is_fetched()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        var file = Assert.Single(await crawl.FetchOneAsync(Daecheong, 2016));

        Assert.Equal(crawl.PageUrl(Daecheong, 2016), file.Path);
        var body = System.Text.Encoding.UTF8.GetString(file.Content.Span);
        Assert.Contains("\"PT_NM\":\"대청댐\"", body, StringComparison.Ordinal);
    }
}
