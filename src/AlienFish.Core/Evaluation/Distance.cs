using AlienFish.Abstractions;

namespace AlienFish.Core.Evaluation;

/// <summary>Great-circle distance on the mean Earth sphere; ample for grouping reaches into blocks.</summary>
public static class Distance
{
    private const double EarthRadiusMetres = 6_371_008.8;

    public static double Metres(GeoPoint a, GeoPoint b)
    {
        var lat1 = Radians(a.Latitude);
        var lat2 = Radians(b.Latitude);
        var dLat = lat2 - lat1;
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));

        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
