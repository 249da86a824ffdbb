using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// Station lists and reach sheets with Korean TM X/Y columns. The X/Y values and the
/// positions they stand for were worked out with GDAL's <c>gdaltransform</c> (GDAL 3.6):
/// 226877.366, 433568.328 in EPSG:5186 is 36.5°N 127.3°E (the point of 미호천 in
/// <c>Data/geo/stations_5186.geojson</c>); 229940.128, 310090.639 in EPSG:2097 is
/// 36.291099956°N 127.331200034°E; 1952032.081, 953901.165 in EPSG:5179 is 28.219037596°N
/// 137.176822244°E, and with X and Y the other way round 37.5665°N 126.978°E.
/// </summary>
public sealed class ProjectedColumnTests
{
    private static readonly PluginSettings Crs5186 = Settings("EPSG:5186");

    [Fact]
    public void Should_place_a_station_from_tm_columns_in_the_crs_the_setting_names()
    {
        // Given a station list with TM_X/TM_Y and --set crs=EPSG:5186
        var file = TestData.Text("tm.csv", "code,name,TM_X,TM_Y", "3008A40,미호천,226877.366,433568.328");

        // When it is read
        var batch = new FilesSource().Read(file, Crs5186, CancellationToken.None);

        // Then the station lies where GDAL puts the point, to the centimetre
        var station = Assert.Single(batch.Stations);

        Assert.Equal("station-list", batch.Layout);
        Assert.Equal(("wq", "3008A40", "미호천"), (station.Network, station.Code, station.Name));
        Assert.InRange(Metres(station.Location!.Value, new GeoPoint(36.5, 127.3)), 0, 0.03);
        Assert.Empty(batch.Diagnostics);
    }

    [Fact]
    public void Should_take_the_crs_from_a_hint_in_the_headers()
    {
        // Given X/Y headers that name their system and no setting
        var file = TestData.Text(
            "hint.csv", "측정소코드,측정소명,X(EPSG:5186),Y(EPSG:5186)", "3008A40,미호천,226877.366,433568.328");

        // When it is read
        var station = Assert.Single(SampleFiles.Read(file).Stations);

        // Then the hint is used
        Assert.InRange(Metres(station.Location!.Value, new GeoPoint(36.5, 127.3)), 0, 0.03);
    }

    [Fact]
    public void Should_place_a_reach_from_korean_1985_x_and_y_columns()
    {
        // Given a 현지조사 sheet with X좌표/Y좌표 in EPSG:2097
        var file = TestData.Text(
            "survey.csv",
            "번호,연도,회차,분류코드,조사구간명,조사일,X좌표,Y좌표",
            "1,2016,1,GE01,갑천1,160512,229940.128,310090.639");

        // When it is read with --set crs=EPSG:2097
        var batch = new FilesSource().Read(file, Settings("EPSG:2097"), CancellationToken.None);

        // Then the reach lies where GDAL's EPSG:5191 datum shift puts it
        var reach = Assert.Single(batch.Reaches);

        Assert.InRange(Metres(reach.Location!.Value, new GeoPoint(36.291099956, 127.331200034)), 0, 0.05);
        Assert.Single(batch.Surveys);
    }

    [Fact]
    public void Should_refuse_projected_columns_when_no_crs_is_named()
    {
        // Given TM columns and neither a hint nor a setting
        var file = TestData.Text("tm.csv", "code,name,TM_X,TM_Y", "3008A40,미호천,226877.366,433568.328");

        // When it is read
        var error = Assert.Throws<SourceFormatException>(() => SampleFiles.Read(file));

        // Then the message says how to name the system
        Assert.Equal(
            "tm.csv gives projected coordinates in 'TM_X' and 'TM_Y' but does not say in which "
            + "reference system. Name it with --set crs=EPSG:5186 (or EPSG:5179, EPSG:5174, EPSG:2097), "
            + "or in the headers, e.g. 'TM_X(EPSG:5186)'.",
            error.Message);
    }

    [Fact]
    public void Should_refuse_a_header_hint_that_the_setting_contradicts()
    {
        // Given headers in EPSG:5186 and --set crs=EPSG:5179
        var file = TestData.Text("both.csv", "code,X(EPSG:5186),Y(EPSG:5186)", "3008A40,226877.366,433568.328");

        // When it is read
        var error = Assert.Throws<SourceFormatException>(
            () => new FilesSource().Read(file, Settings("EPSG:5179"), CancellationToken.None));

        // Then both systems are named
        Assert.Equal(
            "both.csv: the header 'X(EPSG:5186)' and --set crs name different reference systems "
            + "(EPSG:5186 and EPSG:5179). Keep the one the coordinates are really in.",
            error.Message);
    }

    [Fact]
    public void Should_refuse_a_crs_setting_it_cannot_convert()
    {
        // Given --set crs=EPSG:3857
        var file = TestData.Text("tm.csv", "code,TM_X,TM_Y", "3008A40,226877.366,433568.328");

        // When it is read
        var error = Assert.Throws<PluginSettingException>(
            () => new FilesSource().Read(file, Settings("EPSG:3857"), CancellationToken.None));

        // Then the setting and the systems known are named
        Assert.Equal(
            "setting 'crs' has the value 'EPSG:3857', which is not one of EPSG:4326, EPSG:5186, "
            + "EPSG:5179, EPSG:5174, EPSG:2097; give it as --set crs=VALUE",
            error.Message);
    }

    [Fact]
    public void Should_report_swapped_tm_coordinates_and_keep_the_station_without_a_position()
    {
        // Given a 5179 point written northing first
        var file = TestData.Text("swap.csv", "code,name,TM_X,TM_Y", "1018A10,서울,1952032.081,953901.165");

        // When it is read with --set crs=EPSG:5179
        var batch = new FilesSource().Read(file, Settings("EPSG:5179"), CancellationToken.None);

        // Then the station has no position and the warning names the cells, the place and the swap
        var station = Assert.Single(batch.Stations);
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Null(station.Location);
        Assert.Equal("files.outside-korea", warning.Code);
        Assert.Equal(new SourceLocation("swap.csv", null, 2, "TM_X"), warning.Where);
        Assert.Equal("1952032.081, 953901.165", warning.RawText);
        Assert.Equal(
            "the position X 1952032.081, Y 953901.165 in EPSG:5179 (latitude 28.219038, longitude "
            + "137.176822) lies outside Korea (33.0–38.7°N, 124.5–132.0°E: the mainland, Jeju, Ulleungdo "
            + "and Dokdo), so it is left unknown; X and Y look swapped: 'TM_X' should hold the easting "
            + "and 'TM_Y' the northing",
            warning.Message);
    }

    private static PluginSettings Settings(string crs) =>
        new(new Dictionary<string, string> { ["crs"] = crs });

    private static double Metres(GeoPoint a, GeoPoint b)
    {
        var north = (a.Latitude - b.Latitude) * 110_574;
        var east = (a.Longitude - b.Longitude) * 111_320 * Math.Cos(a.Latitude * Math.PI / 180);

        return Math.Sqrt((north * north) + (east * east));
    }
}
