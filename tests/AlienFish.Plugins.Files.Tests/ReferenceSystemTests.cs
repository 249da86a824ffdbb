using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Geography;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The Korean TM systems against GDAL. Each pair was worked out once with GDAL 3.6 / PROJ 9.1
/// (Debian's gdal-bin): the WGS84 place was projected with
/// <c>gdaltransform -s_srs EPSG:4326 -t_srs EPSG:NNNN -output_xy</c>, rounded to the millimetre,
/// and that X/Y taken back with <c>gdaltransform -s_srs EPSG:NNNN -t_srs EPSG:4326 -output_xy</c>;
/// the expected latitude and longitude are GDAL's answer to 9 decimals. For Korean 1985 GDAL
/// applies EPSG:5191 (Molodensky-Badekas, good to about 1 m against the real datum), the same
/// transformation fishdens uses, so the answers agree far more closely than that metre.
/// </summary>
public sealed class ReferenceSystemTests
{
    [Theory]
    [InlineData(5186, 198056.367, 551885.031, 37.566500004, 126.978000003)]
    [InlineData(5186, 389076.804, 288993.756, 35.179600000, 129.075600005)]
    [InlineData(5186, 156437.520, 100758.481, 33.499599996, 126.531200004)]
    [InlineData(5186, 631864.318, 526871.439, 37.241000001, 131.865600005)]
    [InlineData(5186, -791.964, 599134.229, 37.970000004, 124.714999999)]
    [InlineData(5186, 234514.004, 416994.467, 36.350399998, 127.384499997)]
    [InlineData(5179, 953901.165, 1952032.081, 37.566500000, 126.977999996)]
    [InlineData(5179, 1143467.380, 1688281.982, 35.179599999, 129.075600004)]
    [InlineData(5179, 910010.546, 1501279.789, 33.499600001, 126.531200003)]
    [InlineData(5179, 1387305.577, 1924732.086, 37.240999996, 131.865600001)]
    [InlineData(5179, 755361.239, 2000331.117, 37.970000001, 124.715000002)]
    [InlineData(5179, 989636.503, 1817005.246, 36.350400003, 127.384500005)]
    public void Should_convert_korea_2000_tm_as_gdal_does_to_within_3_cm(
        int epsg, double x, double y, double latitude, double longitude)
    {
        // Given a Korea 2000 TM point, When it is converted to WGS84
        var point = ReferenceSystems.Find(epsg)!.ToWgs84(x, y);

        // Then it lies where GDAL puts it
        Assert.InRange(Metres(point, new GeoPoint(latitude, longitude)), 0, 0.03);
    }

    [Theory]
    [InlineData(5174, 197986.746, 451579.851, 37.566499958, 126.978000037)]
    [InlineData(5174, 389004.191, 188683.782, 35.179599967, 129.075600030)]
    [InlineData(5174, 156361.102, 450.982, 33.499599963, 126.531200025)]
    [InlineData(5174, 631797.183, 426558.357, 37.240999963, 131.865600029)]
    [InlineData(5174, -862.649, 498832.563, 37.969999955, 124.715000035)]
    [InlineData(5174, 234442.519, 316687.688, 36.350399961, 127.384500032)]
    [InlineData(2097, 198242.072, 451579.793, 37.566499958, 126.978000035)]
    [InlineData(2097, 389267.498, 188689.281, 35.179599960, 129.075600025)]
    [InlineData(2097, 156629.657, 449.771, 33.499599965, 126.531200027)]
    [InlineData(2097, 632053.865, 426571.582, 37.240999960, 131.865600027)]
    [InlineData(2097, -608.657, 498826.329, 37.969999953, 124.715000033)]
    [InlineData(2097, 234701.940, 316688.721, 36.350399956, 127.384500033)]
    public void Should_convert_korean_1985_tm_with_the_gdal_datum_shift_to_within_5_cm(
        int epsg, double x, double y, double latitude, double longitude)
    {
        // Given a Korean 1985 (Bessel) TM point, When it is converted to WGS84
        var point = ReferenceSystems.Find(epsg)!.ToWgs84(x, y);

        // Then it lies where GDAL's EPSG:5191 shift puts it
        Assert.InRange(Metres(point, new GeoPoint(latitude, longitude)), 0, 0.05);
    }

    [Theory]
    [InlineData("EPSG:5186", 5186)]
    [InlineData("epsg:5179", 5179)]
    [InlineData("2097", 2097)]
    [InlineData("urn:ogc:def:crs:EPSG::5174", 5174)]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", 4326)]
    [InlineData("EPSG:4326", 4326)]
    public void Should_know_a_reference_system_by_its_usual_names(string name, int epsg)
    {
        // Given a name, When it is parsed, Then it gives that system
        Assert.Equal(epsg, ReferenceSystems.Parse(name)?.Epsg);
    }

    [Theory]
    [InlineData("EPSG:3857")]
    [InlineData("Korea 2000")]
    [InlineData("")]
    public void Should_know_no_other_system(string name)
    {
        // Given a system fishdens does not convert, When it is parsed, Then nothing is found
        Assert.Null(ReferenceSystems.Parse(name));
    }

    /// <summary>Distance over the ground for points a few metres apart at most.</summary>
    private static double Metres(GeoPoint a, GeoPoint b)
    {
        var north = (a.Latitude - b.Latitude) * 110_574;
        var east = (a.Longitude - b.Longitude) * 111_320 * Math.Cos(a.Latitude * Math.PI / 180);

        return Math.Sqrt((north * north) + (east * east));
    }
}
