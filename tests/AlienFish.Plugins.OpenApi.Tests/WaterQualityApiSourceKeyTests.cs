using AlienFish.Abstractions;
using AlienFish.Replicas.OpenApi;

namespace AlienFish.Plugins.OpenApi.Tests;

public sealed class WaterQualityApiSourceKeyTests
{
    [Fact]
    public async Task Should_encode_a_decoded_key_once_When_it_is_sent()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        await crawl.FetchOneAsync("3008A40", 2016);

        var request = Assert.Single(crawl.Replica.Requests);
        Assert.Equal("fishdens%2BReplica%2FKey0123456789%3D%3D", request.RawServiceKey);
        Assert.True(request.KeyAccepted);
    }

    [Fact]
    public async Task Should_send_an_encoded_key_as_it_is_When_it_already_holds_percent_escapes()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();

        await crawl.FetchOneAsync("3008A40", 2016, ("service-key", crawl.Replica.Options.EncodedServiceKey));

        var request = Assert.Single(crawl.Replica.Requests);
        Assert.Equal(crawl.Replica.Options.EncodedServiceKey, request.RawServiceKey);
        Assert.DoesNotContain("%25", request.RawServiceKey, StringComparison.Ordinal);
        Assert.True(request.KeyAccepted);
    }

    [Fact]
    public async Task Should_read_the_key_from_the_environment_When_no_setting_gives_it()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();
        crawl.Environment["FISHDENS_API_KEY"] = crawl.Replica.Options.EncodedServiceKey;

        var files = await crawl.FetchOneAsync("3008A40", 2016, ("service-key", null));

        Assert.NotEmpty(ServedItems.Of(files));
        Assert.True(Assert.Single(crawl.Replica.Requests).KeyAccepted);
    }

    [Fact]
    public async Task Should_prefer_the_setting_When_both_the_setting_and_the_environment_give_a_key()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();
        crawl.Environment["FISHDENS_API_KEY"] = "stale-key-from-a-profile";

        await crawl.FetchOneAsync("3008A40", 2016);

        Assert.True(Assert.Single(crawl.Replica.Requests).KeyAccepted);
    }

    [Fact]
    public async Task Should_say_how_to_give_the_key_When_none_is_given()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();
        var request = crawl.Request(2016, 2016, ("stations", "3008A40"), ("service-key", null));

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => crawl.PlanAsync(request));

        Assert.Equal(
            "the open-api source needs a data.go.kr service key for 국립환경과학원_수질 DB (15081073): "
            + "set the environment variable FISHDENS_API_KEY=KEY or give --set service-key=KEY",
            error.Message);
        Assert.Empty(crawl.Replica.Requests);
    }

    [Theory]
    [InlineData(KeyErrorStyle.GatewayXml)]
    [InlineData(KeyErrorStyle.GatewayJson)]
    [InlineData(KeyErrorStyle.ResponseHeader)]
    public async Task Should_stop_with_the_api_reason_and_no_key_When_the_key_is_not_registered(KeyErrorStyle style)
    {
        const string WrongKey = "wrong+Key/Never=Registered";
        await using var crawl = await ReplicaCrawl.StartAsync(new ReplicaOptions { KeyErrorStyle = style });

        var error = await Assert.ThrowsAsync<SourceFormatException>(
            () => crawl.FetchOneAsync("3008A40", 2016, ("service-key", WrongKey)));

        Assert.Equal(
            "the API rejected the service key with SERVICE_KEY_IS_NOT_REGISTERED_ERROR (code 30) at "
            + crawl.PageUrl("3008A40", 2016) + "; check the key and set the environment variable "
            + "FISHDENS_API_KEY=KEY or give --set service-key=KEY, exactly as data.go.kr shows it (an encoded key "
            + "is sent as it is, a decoded key is encoded once); a newly issued key can take an hour to work",
            error.Message);
        Assert.Single(crawl.Replica.Requests);
        SecretAssert.Absent(WrongKey, error.ToString());
        SecretAssert.Absent(WrongKey, crawl.Context.Log.Lines.Select(l => l.Text));
    }

    [Fact]
    public async Task Should_stop_after_one_request_When_the_station_list_is_refused_for_the_key()
    {
        await using var crawl = await ReplicaCrawl.StartAsync();
        var request = crawl.Request(2016, 2016, ("service-key", "wrong"));

        var error = await Assert.ThrowsAsync<SourceFormatException>(() => crawl.PlanAsync(request));

        Assert.StartsWith(
            "the API rejected the service key with SERVICE_KEY_IS_NOT_REGISTERED_ERROR (code 30) at "
            + crawl.Replica.BaseAddress.AbsoluteUri + "getMsrstnList?pageNo=1&numOfRows=100&resultType=json;",
            error.Message,
            StringComparison.Ordinal);
        Assert.Single(crawl.Replica.Requests);
    }

    [Fact]
    public async Task Should_keep_the_key_out_of_every_name_path_batch_and_log_line_When_a_crawl_retries_and_fails()
    {
        var options = new ReplicaOptions { FailFirst = 1, MaxDelay = TimeSpan.FromMilliseconds(5) };
        await using var crawl = await ReplicaCrawl.StartAsync(options);
        var key = crawl.Replica.Options.ServiceKey;
        var request = crawl.Request(2016, 2016, ("stations", "3008A40,3012A32"), ("page-size", "25"));

        var fetched = await crawl.CrawlAsync(request);
        var failure = await Assert.ThrowsAsync<SourceFormatException>(
            () => crawl.FetchOneAsync("3008A40", 2016, ("service-key", "bad+key/value==")));

        var files = fetched.SelectMany(f => f.Files).ToList();
        Assert.Equal(4, files.Count);
        SecretAssert.Absent(key, files.SelectMany(f => new[] { f.Name, f.Path }));
        SecretAssert.Absent(
            key, fetched.SelectMany(f => f.Batch.Parameters.Values.Append(f.Batch.Key).Append(f.Batch.Description)));
        SecretAssert.Absent(key, crawl.Context.Log.Lines.Select(l => l.Text));
        SecretAssert.Absent("bad+key/value==", failure.ToString());
        Assert.All(files, f => Assert.DoesNotContain("serviceKey", f.Path, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(crawl.Context.Log.Lines, l => l.Text.Contains("trying again", StringComparison.Ordinal));
    }
}
