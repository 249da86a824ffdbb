using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// Stations and reaches from GeoJSON and GeoPackage files made by GDAL's ogr2ogr from the CSV
/// files beside them (<c>Data/geo/make-fixtures.sh</c>). Expected positions are the CSV's, or,
/// for the files GDAL projected, what <c>ogr2ogr -t_srs EPSG:4326</c> reads back from them.
/// </summary>
public sealed class GeoFileTests
{
    private static readonly string Folder = Path.Combine(TestData.Folder, "geo");

    [Fact]
    public void Should_read_the_stations_of_a_wgs84_geojson_exactly()
    {
        // Given the GeoJSON ogr2ogr made of stations.csv
        var file = Load("stations_wgs84.geojson");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then each feature is a station at the CSV's position, its network told by its code
        Assert.Equal("geojson", batch.Layout);
        Assert.Equal(
            [
                new Station("wq", "3008A40", "미호천", new GeoPoint(36.5, 127.3)),
                new Station("wq", "3012A20", "공주1", new GeoPoint(36.46, 127.12)),
                new Station("auto", "S03002", "대청댐", new GeoPoint(36.4771, 127.4838)),
            ],
            batch.Stations.Select(s => s with { Origin = null }));
        Assert.Equal(new SourceLocation(file.Name, null, 2, "code"), batch.Stations[1].Origin);
        Assert.Empty(batch.Diagnostics);
    }

    [Fact]
    public void Should_reproject_a_geojson_whose_crs_member_names_epsg_5186()
    {
        // Given the GeoJSON ogr2ogr projected to EPSG:5186
        var batch = SampleFiles.Read(Load("stations_5186.geojson"));

        // Then the stations come back to the CSV's positions to the centimetre
        Assert.Equal(["3008A40", "3012A20", "S03002"], batch.Stations.Select(s => s.Code));
        AssertNear(new GeoPoint(36.5, 127.3), batch.Stations[0].Location, 0.03);
        AssertNear(new GeoPoint(36.46, 127.12), batch.Stations[1].Location, 0.03);
        AssertNear(new GeoPoint(36.4771, 127.4838), batch.Stations[2].Location, 0.03);
    }

    [Fact]
    public void Should_read_the_stations_of_a_korean_1985_geopackage()
    {
        // Given the GeoPackage ogr2ogr projected to EPSG:5174, renamed so its name tells nothing
        var file = Load("stations_5174.gpkg") with { Name = "stations.dat" };

        // When it is recognised and read
        var source = new FilesSource();
        var layout = source.Recognise(file);
        var batch = source.Read(file, CancellationToken.None);

        // Then the stations lie where GDAL reads them back, each located by table and fid
        Assert.Equal("gpkg", layout);
        Assert.Equal(["wq:3008A40", "wq:3012A20", "auto:S03002"], batch.Stations.Select(s => $"{s.Network}:{s.Code}"));
        AssertNear(new GeoPoint(36.4999999588369, 127.300000029473), batch.Stations[0].Location, 0.05);
        AssertNear(new GeoPoint(36.4599999586857, 127.120000029297), batch.Stations[1].Location, 0.05);
        AssertNear(new GeoPoint(36.4770999590625, 127.483800029494), batch.Stations[2].Location, 0.05);
        Assert.Equal(new SourceLocation("stations.dat", "stations", 3, "code"), batch.Stations[2].Origin);
        Assert.Empty(batch.Diagnostics);
    }

    [Fact]
    public void Should_read_reaches_from_a_geopackage_with_the_reach_columns_of_the_portal()
    {
        // Given reaches with SPOT_CODE, SPOT_NM and basin columns in EPSG:5179
        var batch = SampleFiles.Read(Load("reaches_5179.gpkg"));

        // Then they are fish survey reaches with their basin hierarchy, and no station is made
        Assert.Empty(batch.Stations);
        Assert.Equal(
            [
                new SurveyReach("bio-fish", "GE01", "갑천1", null) { Basin = "금강", MidBasin = "갑천", River = "갑천" },
                new SurveyReach("bio-fish", "GE02", "미호천2", null) { Basin = "금강", MidBasin = "미호천", River = "미호천" },
            ],
            batch.Reaches.Select(r => r with { Location = null, Origin = null }));
        AssertNear(new GeoPoint(36.2911, 127.3312), batch.Reaches[0].Location, 0.03);
        AssertNear(new GeoPoint(36.6321, 127.4102), batch.Reaches[1].Location, 0.03);
    }

    [Fact]
    public void Should_report_each_bad_feature_by_its_fid_and_keep_the_rest()
    {
        // Given a layer with a good point, a line, a point without code and a swapped point
        var batch = SampleFiles.Read(Load("problems.gpkg"));

        // Then the line and the swapped point are stations without a position, the codeless one
        // is no station, and each problem is a warning at its feature
        Assert.Equal(
            [
                new Station("wq", "3008A40", "미호천", new GeoPoint(36.5, 127.3)),
                new Station("wq", "3009A10", "갑천", null),
                new Station("wq", "3010A20", "뒤바뀜", null),
            ],
            batch.Stations.Select(s => s with { Origin = null }));
        Assert.Equal(
            [
                "warning files.not-a-point: problems.gpkg, sheet 'problems', row 2, column 'geometry': "
                + "feature fid 2: its geometry is a LineString, not a point; the station is kept without "
                + "a position. Give each station as one Point (in QGIS, Vector > Geometry Tools > Centroids "
                + "makes points of other shapes)",
                "warning files.missing-key: problems.gpkg, sheet 'problems', row 3, column 'code': "
                + "feature fid 3 has no code (its 'code' is empty or missing), so no station or reach was "
                + "made for it; fill in its code",
                "warning files.outside-korea: problems.gpkg, sheet 'problems', row 4, column 'geometry': "
                + "feature fid 4: the position latitude 127.12, longitude 36.46 lies outside Korea "
                + "(33.0–38.7°N, 124.5–132.0°E: the mainland, Jeju, Ulleungdo and Dokdo), so it is left "
                + "unknown; its coordinates look swapped: a point is written x first, that is longitude "
                + "(or easting), then latitude (or northing) (text '36.46, 127.12')",
            ],
            batch.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Should_refuse_a_geopackage_in_a_reference_system_it_cannot_convert()
    {
        // Given the stations in Web Mercator
        var error = Assert.Throws<SourceFormatException>(() => SampleFiles.Read(Load("web_mercator.gpkg")));

        // Then the message names the system and what to do
        Assert.Equal(
            "web_mercator.gpkg: gpkg_spatial_ref_sys for the table 'stations' names the reference "
            + "system 'EPSG:3857', which fishdens does not convert. Use one of EPSG:4326, EPSG:5186, "
            + "EPSG:5179, EPSG:5174, EPSG:2097, or reproject the file first, e.g. with ogr2ogr -t_srs EPSG:4326.",
            error.Message);
    }

    [Fact]
    public void Should_take_a_geojson_without_crs_as_wgs84_unless_the_setting_names_one()
    {
        // Given a GeoJSON point with no crs member, in metres of EPSG:5186
        var file = Json(
            "tm.geojson",
            "{'type':'FeatureCollection','features':[{'type':'Feature','properties':{'code':'3008A40'},"
            + "'geometry':{'type':'Point','coordinates':[226877.366,433568.328]}}]}");

        // When it is read as RFC 7946 says, and with --set crs=EPSG:5186
        var plain = SampleFiles.Read(file);
        var named = new FilesSource().Read(file, Crs("EPSG:5186"), CancellationToken.None);

        // Then as degrees it lies far outside Korea; with the setting it is 미호천's place
        Assert.Null(Assert.Single(plain.Stations).Location);
        Assert.Equal("files.outside-korea", Assert.Single(plain.Diagnostics).Code);
        AssertNear(new GeoPoint(36.5, 127.3), Assert.Single(named.Stations).Location, 0.03);
    }

    [Fact]
    public void Should_refuse_a_geojson_crs_it_cannot_convert()
    {
        // Given a GeoJSON in EPSG:3857
        var file = Json(
            "mercator.geojson",
            "{'type':'FeatureCollection','crs':{'type':'name','properties':{'name':'urn:ogc:def:crs:EPSG::3857'}},"
            + "'features':[{'type':'Feature','properties':{'code':'A1'},"
            + "'geometry':{'type':'Point','coordinates':[14171000,4369000]}}]}");

        // When it is read
        var error = Assert.Throws<SourceFormatException>(() => SampleFiles.Read(file));

        // Then the crs member is named
        Assert.StartsWith(
            "mercator.geojson: its crs member names the reference system 'urn:ogc:def:crs:EPSG::3857', "
            + "which fishdens does not convert.",
            error.Message);
    }

    [Fact]
    public void Should_refuse_a_geojson_without_any_code_property()
    {
        // Given points with only a label
        var file = Json(
            "labels.geojson",
            "{'type':'FeatureCollection','features':[{'type':'Feature','properties':{'label':'a'},"
            + "'geometry':{'type':'Point','coordinates':[127.3,36.5]}}]}");

        // When it is read
        var error = Assert.Throws<SourceFormatException>(() => SampleFiles.Read(file));

        // Then the message says which properties would name the code
        Assert.StartsWith(
            "labels.geojson is GeoJSON but no layer of it has a station or reach code property (one of "
            + "분류번호, 측정소코드, WQMN_CODE, PT_NO, WQAMN_CODE, SWMN_CODE, code, 분류코드, SPOT_CODE, 조사지코드).",
            error.Message);
    }

    [Fact]
    public void Should_report_a_feature_whose_geometry_cannot_be_read()
    {
        // Given a point with a single number for coordinates, after a good one
        var file = Json(
            "broken.geojson",
            "{'type':'FeatureCollection','features':["
            + "{'type':'Feature','properties':{'code':'A1'},'geometry':{'type':'Point','coordinates':[127.3,36.5]}},"
            + "{'type':'Feature','properties':{'code':'A2'},'geometry':{'type':'Point','coordinates':'x'}}]}");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the second is kept without a position and named by its index
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Equal([new GeoPoint(36.5, 127.3), (GeoPoint?)null], batch.Stations.Select(s => s.Location));
        Assert.Equal("files.not-a-point", warning.Code);
        Assert.Equal(new SourceLocation("broken.geojson", null, 2, "geometry"), warning.Where);
        Assert.StartsWith("feature 2 (features[1]): its geometry cannot be read (", warning.Message);
    }

    [Fact]
    public void Should_not_claim_an_sqlite_file_that_is_no_geopackage()
    {
        // Given an SQLite header without the GeoPackage application id
        var bytes = new byte[100];
        Encoding.ASCII.GetBytes("SQLite format 3\0").CopyTo(bytes, 0);

        // When it is offered, Then the source passes it over
        Assert.Null(new FilesSource().Recognise(new RawFile("store.db", "store.db", bytes)));
    }

    private static RawFile Load(string name)
    {
        var path = Path.Combine(Folder, name);

        return new RawFile(name, path, File.ReadAllBytes(path));
    }

    /// <summary>A UTF-8 JSON file, written here with ' for " to keep the tests readable.</summary>
    private static RawFile Json(string name, string text) =>
        new(name, name, Encoding.UTF8.GetBytes(text.Replace('\'', '"')));

    private static PluginSettings Crs(string crs) => new(new Dictionary<string, string> { ["crs"] = crs });

    private static void AssertNear(GeoPoint expected, GeoPoint? actual, double metres)
    {
        Assert.NotNull(actual);

        var north = (actual.Value.Latitude - expected.Latitude) * 110_574;
        var east = (actual.Value.Longitude - expected.Longitude) * 111_320
            * Math.Cos(expected.Latitude * Math.PI / 180);

        Assert.InRange(Math.Sqrt((north * north) + (east * east)), 0, metres);
    }
}
