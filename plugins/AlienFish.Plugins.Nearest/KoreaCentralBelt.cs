using AlienFish.Abstractions;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// Projects WGS84 degrees onto EPSG:5186, Korea 2000 / Central Belt 2010: Transverse
/// Mercator on GRS80, origin 38°N 127°E, scale 1, false easting 200 000 m and false
/// northing 600 000 m. Its metres are close to ground metres across Korea, which makes it
/// the plane the station index searches in.
/// </summary>
/// <remarks>
/// Korea 2000 is tied to the international terrestrial frame, as WGS84 is; the two agree
/// to centimetres, so no datum shift is applied. One instance is not safe to share between
/// threads, because the ProjNet transform it wraps is not.
/// </remarks>
internal sealed class KoreaCentralBelt
{
    public const double FalseEasting = 200_000.0;

    public const double FalseNorthing = 600_000.0;

    private const string Wkt =
        "PROJCS[\"Korea 2000 / Central Belt 2010\","
        + "GEOGCS[\"Korea 2000\","
        + "DATUM[\"Geocentric_datum_of_Korea\",SPHEROID[\"GRS 1980\",6378137,298.257222101]],"
        + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
        + "PROJECTION[\"Transverse_Mercator\"],"
        + "PARAMETER[\"latitude_of_origin\",38],"
        + "PARAMETER[\"central_meridian\",127],"
        + "PARAMETER[\"scale_factor\",1],"
        + "PARAMETER[\"false_easting\",200000],"
        + "PARAMETER[\"false_northing\",600000],"
        + "UNIT[\"metre\",1],"
        + "AUTHORITY[\"EPSG\",\"5186\"]]";

    private readonly MathTransform _toPlane;

    public KoreaCentralBelt()
    {
        var projected = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt);

        // Projecting from the CRS's own geographic system keeps ProjNet from adding a
        // datum step between two frames that coincide.
        _toPlane = new CoordinateTransformationFactory()
            .CreateFromCoordinateSystems(projected.GeographicCoordinateSystem, projected)
            .MathTransform;
    }

    /// <summary>
    /// Easting (x) and northing (y) in metres. Far from Korea the figures lose their meaning
    /// or stop being finite; the station index checks for that.
    /// </summary>
    public Coordinate Project(GeoPoint point)
    {
        var (easting, northing) = _toPlane.Transform(point.Longitude, point.Latitude);

        return new Coordinate(easting, northing);
    }
}
