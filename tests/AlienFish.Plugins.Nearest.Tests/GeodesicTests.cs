using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

public sealed class GeodesicTests
{
    private const double MillimetreTolerance = 0.001;

    [Theory]
    [InlineData(36.0, 37.0)]
    [InlineData(33.0, 43.0)]
    [InlineData(-10.0, 60.0)]
    public void Should_equal_the_meridian_arc_When_both_points_share_a_meridian(double fromLat, double toLat)
    {
        var metres = Geodesic.DistanceMetres(new GeoPoint(fromLat, 127.5), new GeoPoint(toLat, 127.5));

        Assert.Equal(GroundReference.MeridianArcMetres(fromLat, toLat), metres, MillimetreTolerance);
    }

    [Fact]
    public void Should_equal_the_equatorial_arc_When_both_points_lie_on_the_equator()
    {
        var metres = Geodesic.DistanceMetres(new GeoPoint(0.0, 120.0), new GeoPoint(0.0, 130.0));

        Assert.Equal(GroundReference.EquatorArcMetres(120.0, 130.0), metres, MillimetreTolerance);
    }

    [Theory]
    [InlineData("POINT (127.1 36.5)", "POINT (127.13 36.52)")]
    [InlineData("POINT (129.36 36.02)", "POINT (129.33 36.05)")]
    [InlineData("POINT (126.53 33.5)", "POINT (126.56 33.48)")]
    [InlineData("POINT (128.2 38.1)", "POINT (128.15 38.14)")]
    public void Should_agree_with_the_mid_latitude_formula_When_points_are_a_few_kilometres_apart(
        string from,
        string to)
    {
        var a = Fixtures.Point(from)!.Value;
        var b = Fixtures.Point(to)!.Value;

        Assert.Equal(GroundReference.ShortDistanceMetres(a, b), Geodesic.DistanceMetres(a, b), 0.005);
        Assert.Equal(Geodesic.DistanceMetres(a, b), Geodesic.DistanceMetres(b, a), 1e-6);
    }

    [Fact]
    public void Should_be_zero_When_both_points_are_the_same()
    {
        var point = new GeoPoint(36.5, 127.1);

        Assert.Equal(0.0, Geodesic.DistanceMetres(point, point));
    }

    [Fact]
    public void Should_give_about_half_the_globe_When_points_are_nearly_opposite()
    {
        var metres = Geodesic.DistanceMetres(new GeoPoint(0.0, 0.0), new GeoPoint(0.5, 179.7));

        // Half a meridian (pole to pole) and half the equator bound any such distance.
        var lower = GroundReference.MeridianArcMetres(-90.0, 90.0) * 0.995;
        var upper = GroundReference.EquatorArcMetres(0.0, 180.0);

        Assert.InRange(metres, lower, upper);
    }
}
