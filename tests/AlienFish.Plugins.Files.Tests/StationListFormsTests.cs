using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// Station lists in the other forms the portal gives: the automatic network's features
/// (decimal degrees), the algae-alert points (decimals converted from DMS), split DMS
/// fields as the API names them, and DMS text. Expected values were read with Python's csv.
/// </summary>
public sealed class StationListFormsTests
{
    [Theory]
    [InlineData(TestData.AutoPoints, 77, "auto", "S01007", "평창강", 37.2154, 128.331, 2)]
    [InlineData(TestData.AutoPoints, 77, "auto", "S04007", "탐진호", 34.782, 126.881, 78)]
    [InlineData(TestData.AlgaePoints, 90, "algae", "2020G33", "낙동강(칠서)", 35.382056, 128.482194, 2)]
    [InlineData(TestData.AlgaePoints, 90, "algae", "5301D21", "덕림(저수지)", 35.389328, 126.604667, 91)]
    public void Should_read_a_real_decimal_degree_list_with_its_network(
        string file, int count, string network, string code, string name, double lat, double lon, int row)
    {
        // Given a real station list, When it is read
        var batch = TestData.Read(file);

        // Then every row is a located station of the list's network, and this one is as written
        var station = Assert.Single(batch.Stations, s => s.Code == code);

        Assert.Equal("station-list", batch.Layout);
        Assert.Equal(count, batch.Stations.Count);
        Assert.All(batch.Stations, s => Assert.Equal(network, s.Network));
        Assert.Equal(new Station(network, code, name, new GeoPoint(lat, lon)), station with { Origin = null });
        Assert.Equal(row, station.Origin!.Row);
        Assert.Empty(batch.Diagnostics);
    }

    [Fact]
    public void Should_read_the_split_dms_fields_of_the_api()
    {
        // Given a list with the API's split fields
        var file = TestData.Text(
            "api.csv",
            "PT_NO,PT_NM,LAT_DGR,LAT_MIN,LAT_SEC,LON_DGR,LON_MIN,LON_SEC",
            "1003A05,남한강1,37,12,30.5,128,20,1.2");

        // When it is read
        var station = Assert.Single(SampleFiles.Read(file).Stations);

        // Then the fields make decimal degrees, and the code is a 수질측정망 one
        Assert.Equal(("wq", "1003A05", "남한강1"), (station.Network, station.Code, station.Name));
        Assert.Equal(37 + (12 / 60.0) + (30.5 / 3600), station.Location!.Value.Latitude, 9);
        Assert.Equal(128 + (20 / 60.0) + (1.2 / 3600), station.Location!.Value.Longitude, 9);
    }

    [Fact]
    public void Should_read_the_split_dms_fields_of_the_algae_page()
    {
        // Given the algae page's LA_DEGR/LA_MIN/LA_SECND fields
        var file = TestData.Text(
            "algae.csv",
            "SWMN_CODE,SWMN_NM,LA_DEGR,LA_MIN,LA_SECND,LO_DEGR,LO_MIN,LO_SECND",
            "2020G33,낙동강(칠서),35,22,55.4,128,28,55.9");

        // When it is read
        var station = Assert.Single(SampleFiles.Read(file).Stations);

        // Then it is an algae-alert point at those degrees
        Assert.Equal("algae", station.Network);
        Assert.Equal(35 + (22 / 60.0) + (55.4 / 3600), station.Location!.Value.Latitude, 9);
        Assert.Equal(128 + (28 / 60.0) + (55.9 / 3600), station.Location!.Value.Longitude, 9);
    }

    [Fact]
    public void Should_read_dms_text_coordinates()
    {
        // Given a list whose coordinates are DMS text, one malformed without whole seconds
        var file = TestData.Text(
            "dms.csv", "분류번호,측정소명,위도,경도", "3303A10,백천내,\"35°39'17.1\"\"\",\"127°6'.1\"\"\"");

        // When it is read
        var station = Assert.Single(SampleFiles.Read(file).Stations);

        // Then both are read, the malformed one as 6 minutes 0.1 seconds
        Assert.Equal(35 + (39 / 60.0) + (17.1 / 3600), station.Location!.Value.Latitude, 9);
        Assert.Equal(127 + (6 / 60.0) + (0.1 / 3600), station.Location!.Value.Longitude, 9);
    }
}
