using System.Reflection;
using AlienFish.Abstractions;
using AlienFish.Replicas.OpenApi;
using Microsoft.Extensions.Logging;

namespace AlienFish.Plugins.OpenApi.Tests;

public sealed class WaterQualityApiSourcePlanTests
{
    private static readonly ReplicaStation[] OtherBasins =
    [
        new("1003A05", "한강 station"),
        new("2012F50", "낙동강 station"),
        new("4001A10", "섬진강 station"),
        new("5001A10", "영산강 station"),
    ];

    [Fact]
    public async Task Should_plan_one_batch_per_station_group_and_year_When_stations_are_given()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();
        var request = crawl.Request(
            2016, 2017, ("stations", "3012A32, 3008a40,3001A20,3008A40,3002A50,3003A10,3009A80"),
            ("stations-per-request", "3"));

        var batches = await crawl.PlanAsync(request);

        Assert.Equal(
            [
                "wq:3001A20,3002A50,3003A10:2016", "wq:3008A40,3009A80,3012A32:2016",
                "wq:3001A20,3002A50,3003A10:2017", "wq:3008A40,3009A80,3012A32:2017",
            ],
            batches.Select(b => b.Key));
        Assert.Empty(crawl.Replica.Requests);
    }

    [Fact]
    public async Task Should_keep_the_same_keys_When_the_same_stations_come_in_another_order()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        var first = await crawl.PlanAsync(crawl.Request(2016, 2016, ("stations", "3008A40,3008A41,3012A32")));
        var second = await crawl.PlanAsync(crawl.Request(2016, 2016, ("stations", "3012A32,3008A41,3008A40")));

        Assert.Equal(first.Select(b => b.Key), second.Select(b => b.Key));
        Assert.Equal("wq:3008A40,3008A41,3012A32:2016", Assert.Single(first).Key);
        Assert.Equal("3008A40,3008A41,3012A32", first[0].Parameters["stations"]);
    }

    [Fact]
    public async Task Should_name_the_months_in_the_key_When_only_some_months_are_asked_for()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        var batches = await crawl.PlanAsync(crawl.Request(2016, 2016, ("stations", "3008A40"), ("months", "4,3")));

        var batch = Assert.Single(batches);
        Assert.Equal("wq:3008A40:2016:03,04", batch.Key);
        Assert.Equal("03,04", batch.Parameters["months"]);
    }

    [Fact]
    public async Task Should_take_the_basins_stations_from_the_station_list_When_no_stations_are_given()
    {
        await using var crawl = await ReplicaCrawl.StartAsync(new ReplicaOptions { ExtraStations = OtherBasins });
        var geum = crawl.Replica.Stations.Select(s => s.Code).Where(c => c[0] == '3').ToList();

        var batches = await crawl.PlanAsync(crawl.Request(2016, 2016, ("page-size", "50")));

        var planned = batches.SelectMany(b => b.Parameters["stations"].Split(',')).ToList();
        Assert.Equal(geum.Order(StringComparer.Ordinal), planned);
        Assert.Equal((geum.Count + 4 + 49) / 50, crawl.Replica.Requests.Count);
        Assert.All(crawl.Replica.Requests, r => Assert.Equal("getMsrstnList", r.Operation));
        Assert.Equal((geum.Count + 4) / 5, batches.Count);
    }

    [Theory]
    [InlineData("영산강·섬진강", "4001A10,5001A10")]
    [InlineData("영산강섬진강", "4001A10,5001A10")]
    [InlineData("섬진강", "4001A10")]
    [InlineData("한강", "1003A05")]
    [InlineData("낙동강", "2012F50")]
    public async Task Should_place_a_station_in_the_basin_of_its_first_digit_When_planning_by_basin(
        string basin, string expected)
    {
        await using var crawl = await ReplicaCrawl.StartAsync(new ReplicaOptions { ExtraStations = OtherBasins });

        var batches = await crawl.PlanAsync(crawl.RequestIn([basin], 2016, 2016));

        Assert.Equal(expected, Assert.Single(batches).Parameters["stations"]);
    }

    [Fact]
    public async Task Should_name_the_known_basins_When_a_basin_is_unknown()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        var error = await Assert.ThrowsAsync<SourceFormatException>(
            () => crawl.PlanAsync(crawl.RequestIn(["제주"], 2016, 2016)));

        Assert.Equal(
            "the basin '제주' is not one the open-api source knows; give --basin as one of "
            + "한강, 낙동강, 금강, 영산강·섬진강, 섬진강, 영산강",
            error.Message);
    }

    [Fact]
    public async Task Should_refuse_the_fish_dataset_When_asked_for_it()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();
        var request = crawl.Request(2016, 2016, ("stations", "3008A40")) with { Dataset = "fish" };

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => crawl.PlanAsync(request));

        Assert.Equal(
            "the open-api source fetches the dataset 'water-quality' only, not 'fish'; give --dataset water-quality",
            error.Message);
    }

    [Theory]
    [InlineData("page-size", "0", "not a number of rows of at least 1")]
    [InlineData("stations-per-request", "0", "not a number of stations of at least 1")]
    [InlineData("retries", "-1", "not a number of retries of at least 0")]
    [InlineData("delay-ms", "fast", "not a whole number")]
    [InlineData("months", "13", "not a comma list of months from 1 to 12")]
    [InlineData("stations", "3008A4", "not a comma list of 7-character station codes such as 3008A40,3008A41")]
    [InlineData("base-url", "ftp://127.0.0.1/", "not an http or https address")]
    public async Task Should_name_the_key_and_value_When_a_setting_is_invalid(string key, string value, string expected)
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        var error = await Assert.ThrowsAsync<PluginSettingException>(
            () => crawl.PlanAsync(crawl.Request(2016, 2016, (key, value))));

        Assert.Equal(
            $"setting '{key}' has the value '{value}', which is {expected}; give it as --set {key}=VALUE",
            error.Message);
    }

    [Fact]
    public async Task Should_warn_about_a_setting_it_does_not_know_When_one_is_given()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        await crawl.PlanAsync(crawl.Request(2016, 2016, ("stations", "3008A40"), ("page_size", "7")));

        Assert.Equal(
            "setting 'page_size' is not used by the open-api source, which reads service-key, base-url, page-size, "
            + "stations-per-request, retries, backoff-ms, delay-ms, timeout-s, stations, months",
            Assert.Single(crawl.Context.Log.At(LogLevel.Warning)));
    }

    [Fact]
    public async Task Should_refuse_years_in_reverse_When_from_is_after_to()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        var error = await Assert.ThrowsAsync<SourceFormatException>(
            () => crawl.PlanAsync(crawl.Request(2023, 2016, ("stations", "3008A40"))));

        Assert.Equal("the first year 2023 is after the last year 2016; give --from and --to in order", error.Message);
    }

    [Fact]
    public async Task Should_say_a_plan_is_needed_When_a_batch_is_fetched_before_planning()
    {
        var source = new WaterQualityApiSource(_ => null);
        var batch = new CrawlBatch("wq:3008A40:2016", "x", new Dictionary<string, string>());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => source.FetchAsync(batch, new TestCrawlContext(), CancellationToken.None));

        Assert.StartsWith("FetchAsync was called before PlanAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_present_itself_as_the_open_api_source_When_the_host_loads_it()
    {
        var attribute = typeof(WaterQualityApiSource).Assembly.GetCustomAttribute<FishdensPluginAttribute>();
        var source = (IFishdensPlugin)Activator.CreateInstance(attribute!.EntryType)!;

        Assert.Equal(typeof(WaterQualityApiSource), attribute.EntryType);
        Assert.Equal("open-api", source.Name);
        Assert.Equal(PluginKind.Source, source.Kind);
        Assert.IsAssignableFrom<ICrawlSource>(source);
    }
}
