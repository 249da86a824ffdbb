using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

public sealed class KoreaCentralBeltTests
{
    private readonly KoreaCentralBelt _projection = new();

    [Fact]
    public void Should_put_the_origin_at_the_false_easting_and_northing_When_projecting_38N_127E()
    {
        var plane = _projection.Project(new GeoPoint(38.0, 127.0));

        Assert.Equal(200_000.0, plane.X, 0.001);
        Assert.Equal(600_000.0, plane.Y, 0.001);
    }

    [Theory]
    [InlineData(36.0)]
    [InlineData(33.2)]
    [InlineData(38.6)]
    public void Should_keep_meridian_lengths_When_projecting_the_central_meridian(double latitude)
    {
        var plane = _projection.Project(new GeoPoint(latitude, 127.0));

        // Scale 1 on the central meridian: northing moves by exactly the meridian arc.
        var arc = GroundReference.MeridianArcMetres(38.0, latitude) * Math.Sign(latitude - 38.0);

        Assert.Equal(200_000.0, plane.X, 0.001);
        Assert.Equal(600_000.0 + arc, plane.Y, 0.01);
    }

    [Theory]
    [InlineData(129.5, 36.0)]
    [InlineData(124.8, 37.7)]
    public void Should_stretch_by_the_transverse_mercator_scale_When_east_or_west_of_the_meridian(
        double longitude,
        double latitude)
    {
        var from = new GeoPoint(latitude, longitude);
        var to = new GeoPoint(latitude + 0.005, longitude + 0.005);
        var a = _projection.Project(from);
        var b = _projection.Project(to);

        // Point scale of Transverse Mercator in grid terms: k = 1 + x²/2R² + x⁴/24R⁴.
        var x = ((a.X + b.X) / 2.0) - 200_000.0;
        var r = GroundReference.GaussianRadius(latitude + 0.0025);
        var q = x * x / (r * r);
        var expectedScale = 1.0 + (q / 2.0) + (q * q / 24.0);

        var scale = a.Distance(b) / GroundReference.ShortDistanceMetres(from, to);

        Assert.Equal(expectedScale, scale, 1e-6);
    }
}
