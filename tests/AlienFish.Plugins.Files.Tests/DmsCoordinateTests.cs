using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files.Tests;

public sealed class DmsCoordinateTests
{
    /// <summary>
    /// Stations whose DMS text in geum2016.csv and decimal degrees in the station list agree
    /// (found with a Python comparison of the two files; many stations were moved between
    /// them and are not used). 3002A50 is written in the malformed <c>127°37'.9"</c> form,
    /// 3009A45 and 3009A70 have whole seconds.
    /// </summary>
    public static TheoryData<string> Codes => new()
    {
        "3002A50", "3009A80", "3012A42", "3013A50", "3001A30", "3009A45", "3009A70", "3003A20",
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void Should_convert_export_dms_to_the_decimal_degrees_of_the_station_list(string code)
    {
        // Given a station in the long export and in the station list
        var export = SampleFiles.ReadWaterQuality("geum2016.csv");
        var list = SampleFiles.ReadWaterQuality(SampleFiles.StationList);

        // When their positions are compared
        var fromDms = export.Stations.Single(s => s.Code == code).Location!.Value;
        var fromDecimals = list.Stations.Single(s => s.Code == code).Location!.Value;

        // Then they agree within 1e-4 degrees
        Assert.InRange(fromDms.Latitude - fromDecimals.Latitude, -1e-4, 1e-4);
        Assert.InRange(fromDms.Longitude - fromDecimals.Longitude, -1e-4, 1e-4);
    }

    [Theory]
    [InlineData("127°6'.1\"", 127, 6, 0.1)]
    [InlineData("35°52'.65\"", 35, 52, 0.65)]
    [InlineData("126°36'36.5\"", 126, 36, 36.5)]
    [InlineData("127°23'31\"", 127, 23, 31)]
    [InlineData("36°27'52.70\"", 36, 27, 52.70)]
    [InlineData("36.27.52.70", 36, 27, 52.70)]
    [InlineData("127° 6' 0.1''", 127, 6, 0.1)]
    public void Should_read_every_dms_form_as_degrees_minutes_and_seconds(
        string text, int degrees, int minutes, double seconds)
    {
        // Given a DMS text, When it is parsed
        var parsed = DmsCoordinate.TryParse(text, out var value);

        // Then it is the sum of its parts
        Assert.True(parsed);
        Assert.Equal(degrees + (minutes / 60.0) + (seconds / 3600), value, 10);
    }

    [Theory]
    [InlineData("36.4647", 36.4647)]
    [InlineData("127.617125", 127.617125)]
    public void Should_read_decimal_degrees_as_they_are(string text, double expected)
    {
        // Given decimal degrees, When they are parsed, Then the number is kept
        Assert.True(DmsCoordinate.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("127°61'0\"")]
    [InlineData("127°6'60\"")]
    [InlineData("NaN")]
    public void Should_refuse_text_that_is_no_coordinate(string text)
    {
        // Given text that is not a coordinate, When it is parsed, Then it is refused
        Assert.False(DmsCoordinate.TryParse(text, out _));
    }

    [Fact]
    public void Should_refuse_a_latitude_beyond_the_pole()
    {
        // Given a latitude of 127 degrees, When it is parsed as a latitude, Then it is refused
        Assert.False(DmsCoordinate.TryParseLatitude("127°6'.1\"", out _));
    }
}
