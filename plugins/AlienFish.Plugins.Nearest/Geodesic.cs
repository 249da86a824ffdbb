using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// Ground distance between two points on the GRS80 ellipsoid, the ellipsoid of Korea 2000.
/// WGS84 differs from GRS80 by a fraction of a millimetre over the distances a matcher
/// cares about, so WGS84 degrees are used as they are.
/// </summary>
/// <remarks>
/// Vincenty's inverse formula: accurate to well under a millimetre wherever it converges,
/// which is everywhere except for points nearly opposite each other on the globe. There the
/// spherical distance is returned instead; such a pair is never within a matching limit, and
/// the figure only tells the user how far away the nearest station is.
/// </remarks>
internal static class Geodesic
{
    public const double SemiMajorAxis = 6_378_137.0;

    public const double Flattening = 1.0 / 298.257222101;

    private const double SemiMinorAxis = SemiMajorAxis * (1.0 - Flattening);

    private const double Convergence = 1e-12;

    private const int MaxIterations = 200;

    private const double DegreesToRadians = Math.PI / 180.0;

    public static double DistanceMetres(GeoPoint from, GeoPoint to)
    {
        var lat1 = from.Latitude * DegreesToRadians;
        var lat2 = to.Latitude * DegreesToRadians;
        var lonDifference = (to.Longitude - from.Longitude) * DegreesToRadians;

        // Reduced latitudes: the latitudes on the auxiliary sphere Vincenty iterates on.
        var u1 = Math.Atan((1.0 - Flattening) * Math.Tan(lat1));
        var u2 = Math.Atan((1.0 - Flattening) * Math.Tan(lat2));
        var (sinU1, cosU1) = Math.SinCos(u1);
        var (sinU2, cosU2) = Math.SinCos(u2);

        var lambda = lonDifference;

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var (sinLambda, cosLambda) = Math.SinCos(lambda);
            var crossA = cosU2 * sinLambda;
            var crossB = (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda);
            var sinSigma = Math.Sqrt((crossA * crossA) + (crossB * crossB));

            if (sinSigma == 0.0)
            {
                return 0.0;
            }

            var cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            var sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            var cosSqAlpha = 1.0 - (sinAlpha * sinAlpha);

            // On the equator cos²α is zero and the term has no meaning; its limit is zero.
            var cos2SigmaM = cosSqAlpha == 0.0 ? 0.0 : cosSigma - (2.0 * sinU1 * sinU2 / cosSqAlpha);
            var c = Flattening / 16.0 * cosSqAlpha * (4.0 + (Flattening * (4.0 - (3.0 * cosSqAlpha))));
            var previous = lambda;

            lambda = lonDifference + ((1.0 - c) * Flattening * sinAlpha
                * (sigma + (c * sinSigma
                    * (cos2SigmaM + (c * cosSigma * (-1.0 + (2.0 * cos2SigmaM * cos2SigmaM)))))));

            if (Math.Abs(lambda - previous) < Convergence)
            {
                return ArcLength(sinSigma, cosSigma, sigma, cosSqAlpha, cos2SigmaM);
            }
        }

        return SphericalDistanceMetres(lat1, lat2, lonDifference);
    }

    private static double ArcLength(
        double sinSigma,
        double cosSigma,
        double sigma,
        double cosSqAlpha,
        double cos2SigmaM)
    {
        const double a2 = SemiMajorAxis * SemiMajorAxis;
        const double b2 = SemiMinorAxis * SemiMinorAxis;

        var uSq = cosSqAlpha * (a2 - b2) / b2;
        var a = 1.0 + (uSq / 16384.0 * (4096.0 + (uSq * (-768.0 + (uSq * (320.0 - (175.0 * uSq)))))));
        var b = uSq / 1024.0 * (256.0 + (uSq * (-128.0 + (uSq * (74.0 - (47.0 * uSq))))));

        var cos2SigmaMSq = cos2SigmaM * cos2SigmaM;
        var deltaSigma = b * sinSigma * (cos2SigmaM + (b / 4.0
            * ((cosSigma * (-1.0 + (2.0 * cos2SigmaMSq)))
                - (b / 6.0 * cos2SigmaM * (-3.0 + (4.0 * sinSigma * sinSigma))
                    * (-3.0 + (4.0 * cos2SigmaMSq))))));

        return SemiMinorAxis * a * (sigma - deltaSigma);
    }

    private static double SphericalDistanceMetres(double lat1, double lat2, double lonDifference)
    {
        // The mean radius (2a + b) / 3 keeps the error of the sphere within half a percent.
        const double meanRadius = ((2.0 * SemiMajorAxis) + SemiMinorAxis) / 3.0;

        var sinHalfLat = Math.Sin((lat2 - lat1) / 2.0);
        var sinHalfLon = Math.Sin(lonDifference / 2.0);
        var h = (sinHalfLat * sinHalfLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinHalfLon * sinHalfLon);

        return 2.0 * meanRadius * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }
}
