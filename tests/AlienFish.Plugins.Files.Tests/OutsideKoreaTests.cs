using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>Positions outside Korea in each input form: a warning, and no position.</summary>
public sealed class OutsideKoreaTests
{
    private const string Extent =
        "(33.0–38.7°N, 124.5–132.0°E: the mainland, Jeju, Ulleungdo and Dokdo)";

    [Fact]
    public void Should_report_swapped_decimal_degrees_with_a_hint()
    {
        // Given a station list whose latitude and longitude are the wrong way round
        var file = TestData.Text("swapped.csv", "code,name,lat,lon", "3008A40,미호천,127.3,36.5");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the station is kept without a position and the warning says what looks wrong
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Null(Assert.Single(batch.Stations).Location);
        Assert.Equal("files.outside-korea", warning.Code);
        Assert.Equal(new SourceLocation("swapped.csv", null, 2, "lat"), warning.Where);
        Assert.Equal("127.3, 36.5", warning.RawText);
        Assert.Equal(
            $"the position latitude 127.3, longitude 36.5 lies outside Korea {Extent}, so it is left "
            + "unknown; latitude and longitude look swapped: 'lat' should hold the latitude and 'lon' "
            + "the longitude",
            warning.Message);
    }

    [Fact]
    public void Should_report_dms_text_outside_korea_without_a_swap_hint()
    {
        // Given DMS text that places a station in Manchuria
        var file = TestData.Text(
            "north.csv", "분류번호,측정소명,위도,경도", "3303A10,백천내,\"45°39'17.1\"\"\",\"127°6'.1\"\"\"");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the warning gives the degrees read (45° 39′ 17.1″ is 45.65475°), and no swap is suggested
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Null(Assert.Single(batch.Stations).Location);
        Assert.Equal(new SourceLocation("north.csv", null, 2, "위도"), warning.Where);
        Assert.Equal("45°39'17.1\", 127°6'.1\"", warning.RawText);
        Assert.Equal(
            $"the position latitude 45.65475, longitude 127.100028 lies outside Korea {Extent}, so it "
            + "is left unknown",
            warning.Message);
    }

    [Fact]
    public void Should_report_split_dms_fields_outside_korea()
    {
        // Given split fields with a longitude of 28 degrees
        var file = TestData.Text(
            "api.csv",
            "PT_NO,PT_NM,LAT_DGR,LAT_MIN,LAT_SEC,LON_DGR,LON_MIN,LON_SEC",
            "1003A05,남한강1,37,12,30,28,20,0");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the station has no position and the first field of the latitude is named
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Null(Assert.Single(batch.Stations).Location);
        Assert.Equal("files.outside-korea", warning.Code);
        Assert.Equal(new SourceLocation("api.csv", null, 2, "LAT_DGR"), warning.Where);
        Assert.Equal("37 12 30, 28 20 0", warning.RawText);
    }

    [Fact]
    public void Should_keep_a_reach_outside_korea_without_a_position()
    {
        // Given a 현지조사 row placed at 0, 0
        var file = TestData.Text(
            "survey.csv",
            "번호,연도,회차,분류코드,조사구간명,조사일,위도,경도",
            "1,2016,1,3001F74,금강-1,160512,0,0");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the reach and its survey are kept, the reach without a position
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Null(Assert.Single(batch.Reaches).Location);
        Assert.Single(batch.Surveys);
        Assert.Equal(new SourceLocation("survey.csv", null, 2, "위도"), warning.Where);
        Assert.Equal("files.outside-korea", warning.Code);
    }

    [Theory]
    [InlineData(33.11, 126.27)]
    [InlineData(37.24, 131.87)]
    [InlineData(37.50, 130.90)]
    [InlineData(37.97, 124.71)]
    [InlineData(38.61, 128.35)]
    public void Should_accept_the_far_ends_of_korea(double latitude, double longitude)
    {
        // Given Marado, Dokdo, Ulleungdo, Baengnyeongdo and the north of Goseong
        var file = TestData.Text("ends.csv", "code,lat,lon", $"X1,{latitude},{longitude}");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the place is kept as written
        Assert.Equal(new GeoPoint(latitude, longitude), Assert.Single(batch.Stations).Location);
        Assert.Empty(batch.Diagnostics);
    }
}
