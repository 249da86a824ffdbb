using System.Text;
using System.Text.Json;
using AlienFish.Replicas.OpenApi;

namespace AlienFish.Plugins.OpenApi.Tests;

/// <summary>The replica must behave like the real service, or the tests above prove nothing.</summary>
public sealed class OpenApiReplicaTests
{
    [Fact]
    public async Task Should_hold_the_rows_of_the_sample_files_When_counted_for_a_station_and_year()
    {
        await using var replica = await OpenApiReplica.StartAsync();

        // Counted in geum2016.csv and geum2023.csv with a spreadsheet.
        Assert.Equal(49, replica.CountRows(["3008A40"], [2016]));
        Assert.Equal(51, replica.CountRows(["3012A32"], [2016]));
        Assert.Equal(8, replica.CountRows(["3008A40"], [2023], [3, 4]));
        Assert.Equal(4687, replica.CountRows(replica.Stations.Select(s => s.Code), [2016]));
        Assert.Equal(0, replica.CountRows(["3008A40"], [2020]));
    }

    [Fact]
    public async Task Should_serve_api_fields_as_padded_strings_When_it_turns_a_csv_row_into_an_item()
    {
        await using var replica = await OpenApiReplica.StartAsync();

        var item = replica.ItemsFor(["3303A10"], [2016]).First();
        var below = replica.ItemsFor(["3003A10"], [2016], [3]).First();

        Assert.Equal("백천내", item["PT_NM"]);
        Assert.Equal("2016.01.04", item["WMCYMD"]);
        Assert.Equal(("2016", "01", "1회차"), (item["WMYR"], item["WMOD"], item["WMWK"]));
        Assert.Equal(("126", "36", "36.5"), (item["LON_DGR"], item["LON_MIN"], item["LON_SEC"]));
        Assert.Equal(("35", "39", "17.1"), (item["LAT_DGR"], item["LAT_MIN"], item["LAT_SEC"]));
        Assert.Equal("       0.006", item["ITEM_TP"]);
        Assert.Equal("        11.9", item["ITEM_DOC"]);
        Assert.Equal("정량한계미만", below["ITEM_TP"]);
    }

    [Fact]
    public async Task Should_refuse_a_key_encoded_twice_When_the_encoded_key_is_sent_raw_or_decoded_once()
    {
        await using var replica = await OpenApiReplica.StartAsync();
        using var http = new HttpClient();
        var encoded = replica.Options.EncodedServiceKey;

        var raw = await GetAsync(http, replica, encoded);
        var twice = await GetAsync(http, replica, Uri.EscapeDataString(encoded));
        var plus = await GetAsync(http, replica, replica.Options.ServiceKey);

        Assert.StartsWith("{\"getWaterMeasuringList\":", raw, StringComparison.Ordinal);
        Assert.Contains(
            "<returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg>", twice, StringComparison.Ordinal);
        Assert.Contains("<returnReasonCode>30</returnReasonCode>", plus, StringComparison.Ordinal);
        Assert.Equal([true, false, false], replica.Requests.Select(r => r.KeyAccepted));
    }

    [Fact]
    public async Task Should_match_months_as_text_When_a_month_is_not_zero_padded()
    {
        await using var replica = await OpenApiReplica.StartAsync();
        using var http = new HttpClient();
        var key = replica.Options.EncodedServiceKey;

        var padded = await GetAsync(http, replica, key, "&wmodList=03");
        var bare = await GetAsync(http, replica, key, "&wmodList=3");

        Assert.Equal(5, Total(padded));
        Assert.Equal(0, Total(bare));
    }

    [Fact]
    public async Task Should_listen_on_loopback_only_When_started()
    {
        await using var replica = await OpenApiReplica.StartAsync();

        Assert.Equal("127.0.0.1", replica.BaseAddress.Host);
        Assert.NotEqual(0, replica.BaseAddress.Port);
        Assert.EndsWith("/1480523/WaterQualityService/", replica.BaseAddress.AbsolutePath, StringComparison.Ordinal);
    }

    private static async Task<string> GetAsync(HttpClient http, OpenApiReplica replica, string rawKey, string more = "")
    {
        var url = $"{replica.BaseAddress}getWaterMeasuringList?serviceKey={rawKey}&resultType=json"
            + $"&numOfRows=100&ptNoList=3008A40&wmyrList=2016{more}";

        return Encoding.UTF8.GetString(await http.GetByteArrayAsync(new Uri(url)));
    }

    private static int Total(string json)
    {
        using var document = JsonDocument.Parse(json);

        return document.RootElement.GetProperty("getWaterMeasuringList").GetProperty("totalCount").GetInt32();
    }
}
