using System.Globalization;
using System.Text.RegularExpressions;

namespace AlienFish.Plugins.Files.Geography;

/// <summary>
/// The reference systems input coordinates may be in: WGS84 and the four Korean
/// Transverse Mercator systems that Korean agencies publish coordinates in.
/// </summary>
/// <remarks>
/// The projections take their parameters from the EPSG registry. Korea 2000 (GRS80) is
/// taken as equal to WGS84, as EPSG does. Korean 1985 (Bessel 1841) reaches WGS84 through
/// EPSG:5191, "Korean 1985 to WGS 84 (1)", a Molodensky-Badekas transformation accurate to
/// about 1 m onshore (translation -145.907, 505.034, 685.756 m; rotation -1.162, 2.347,
/// 1.592″ coordinate frame; scale 6.342 ppm; pivot -3159521.31, 4068151.32, 3748113.85 m),
/// which is what PROJ and GDAL apply. ProjNet knows only the seven-parameter form, so the
/// pivot is folded into the translation (t + p − (1 + s)·R·p), which gives the same
/// transformation exactly, and the rotations are written in the position-vector sense that
/// TOWGS84 uses.
/// </remarks>
internal static partial class ReferenceSystems
{
    private const string Grs80Datum =
        "DATUM[\"Geocentric_datum_of_Korea\",SPHEROID[\"GRS 1980\",6378137,298.257222101],"
        + "TOWGS84[0,0,0,0,0,0,0]]";

    private const string BesselDatum =
        "DATUM[\"Korean_Datum_1985\",SPHEROID[\"Bessel 1841\",6377397.155,299.1528128],"
        + "TOWGS84[-114.61999,475.96297,675.01833,1.162,-2.347,-1.592,6.342]]";

    /// <summary>WGS84 longitude and latitude in degrees.</summary>
    public static ReferenceSystem Wgs84 { get; } = ReferenceSystem.Geographic(4326, "WGS 84");

    /// <summary>All systems known, WGS84 first.</summary>
    public static IReadOnlyList<ReferenceSystem> All { get; } =
    [
        Wgs84,
        TransverseMercator(5186, "Korea 2000 / Central Belt 2010", Grs80Datum, "Korea 2000", 127, 1, 200000, 600000),
        TransverseMercator(5179, "Korea 2000 / Unified CS", Grs80Datum, "Korea 2000", 127.5, 0.9996, 1000000, 2000000),
        TransverseMercator(
            5174, "Korean 1985 / Modified Central Belt", BesselDatum, "Korean 1985",
            127.0028902777778, 1, 200000, 500000),
        TransverseMercator(2097, "Korean 1985 / Central Belt", BesselDatum, "Korean 1985", 127, 1, 200000, 500000),
    ];

    /// <summary>The codes as a user writes them, for messages: <c>EPSG:5186, EPSG:5179, …</c>.</summary>
    public static string Choices => string.Join(", ", All.Select(system => system.Code));

    public static ReferenceSystem? Find(int epsg) => All.FirstOrDefault(system => system.Epsg == epsg);

    /// <summary>
    /// The system a name gives: <c>EPSG:5186</c>, <c>epsg:5186</c>, <c>5186</c>, the OGC URNs
    /// <c>urn:ogc:def:crs:EPSG::5186</c> and <c>urn:ogc:def:crs:OGC:1.3:CRS84</c>; null for
    /// any other.
    /// </summary>
    public static ReferenceSystem? Parse(string name)
    {
        var trimmed = name.Trim();

        if (Crs84().IsMatch(trimmed))
        {
            return Wgs84;
        }

        var match = EpsgName().Match(trimmed);

        return match.Success
            && int.TryParse(match.Groups["code"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? Find(code)
            : null;
    }

    private static ReferenceSystem TransverseMercator(
        int epsg,
        string name,
        string datum,
        string geographicName,
        double centralMeridian,
        double scale,
        double falseEasting,
        double falseNorthing)
    {
        var wkt = $"PROJCS[\"{name}\",GEOGCS[\"{geographicName}\",{datum},PRIMEM[\"Greenwich\",0],"
            + "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
            + $"PARAMETER[\"latitude_of_origin\",38],PARAMETER[\"central_meridian\",{Wkt(centralMeridian)}],"
            + $"PARAMETER[\"scale_factor\",{Wkt(scale)}],PARAMETER[\"false_easting\",{Wkt(falseEasting)}],"
            + $"PARAMETER[\"false_northing\",{Wkt(falseNorthing)}],UNIT[\"metre\",1],"
            + $"AUTHORITY[\"EPSG\",\"{Wkt(epsg)}\"]]";

        return ReferenceSystem.Projected(epsg, name, wkt);
    }

    private static string Wkt(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:urn:ogc:def:crs:)?(?:EPSG:{1,2}(?:[\d.]*:)?)?(?<code>\d{4,5})$", RegexOptions.IgnoreCase)]
    private static partial Regex EpsgName();

    [GeneratedRegex(@"^(?:urn:ogc:def:crs:OGC:(?:1\.3)?:)?CRS84$", RegexOptions.IgnoreCase)]
    private static partial Regex Crs84();
}
