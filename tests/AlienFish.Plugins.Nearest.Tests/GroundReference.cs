using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

/// <summary>
/// Reference distances on the GRS80 ellipsoid, worked out from the ellipsoid's radii of
/// curvature rather than by the matcher's own formula, so the tests check it independently.
/// </summary>
internal static class GroundReference
{
    /// <summary>
    /// How far a matcher distance may stray from the reference. The mid-latitude formula
    /// below agrees with the exact geodesic to about a millimetre up to 10 km; 10 cm leaves
    /// room for that and still catches a distance taken on the projection plane, which is
    /// metres off in eastern Korea.
    /// </summary>
    public const double ToleranceMetres = 0.1;

    private const double A = 6_378_137.0;

    private const double F = 1.0 / 298.257222101;

    private const double E2 = F * (2.0 - F);

    /// <summary>
    /// The mid-latitude (Gauss) distance: north and east offsets scaled by the meridian and
    /// prime-vertical radii at the mean latitude. Only for lines of a few kilometres.
    /// </summary>
    public static double ShortDistanceMetres(GeoPoint from, GeoPoint to)
    {
        var meanLatitude = Radians((from.Latitude + to.Latitude) / 2.0);
        var north = MeridianRadius(meanLatitude) * Radians(to.Latitude - from.Latitude);
        var east = PrimeVerticalRadius(meanLatitude) * Math.Cos(meanLatitude)
            * Radians(to.Longitude - from.Longitude);

        return Math.Sqrt((north * north) + (east * east));
    }

    /// <summary>
    /// Length of the meridian between two latitudes, by Simpson's rule over the meridian
    /// radius of curvature: exact to well under a millimetre at any length.
    /// </summary>
    public static double MeridianArcMetres(double fromLatitude, double toLatitude)
    {
        const int steps = 2_000;

        var lower = Radians(fromLatitude);
        var step = (Radians(toLatitude) - lower) / steps;
        var sum = MeridianRadius(lower) + MeridianRadius(lower + (steps * step));

        for (var i = 1; i < steps; i++)
        {
            sum += (i % 2 == 1 ? 4.0 : 2.0) * MeridianRadius(lower + (i * step));
        }

        return Math.Abs(sum * step / 3.0);
    }

    /// <summary>Length along the equator, where the geodesic is the equator itself.</summary>
    public static double EquatorArcMetres(double fromLongitude, double toLongitude) =>
        A * Math.Abs(Radians(toLongitude - fromLongitude));

    /// <summary>Geometric mean radius at a latitude, the radius the plane's scale is judged by.</summary>
    public static double GaussianRadius(double latitude) =>
        Math.Sqrt(MeridianRadius(Radians(latitude)) * PrimeVerticalRadius(Radians(latitude)));

    private static double MeridianRadius(double latitude)
    {
        var w = 1.0 - (E2 * Math.Sin(latitude) * Math.Sin(latitude));

        return A * (1.0 - E2) / (w * Math.Sqrt(w));
    }

    private static double PrimeVerticalRadius(double latitude) =>
        A / Math.Sqrt(1.0 - (E2 * Math.Sin(latitude) * Math.Sin(latitude)));

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}
