using AlienFish.Abstractions;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using ProjNet.IO.CoordinateSystems;

namespace AlienFish.Plugins.Files.Geography;

/// <summary>
/// A coordinate reference system that input coordinates may be given in, and how its
/// x and y become WGS84 degrees. For the projected systems x is the easting and y the
/// northing, as GIS programs and <c>TM_X</c>/<c>TM_Y</c> columns write them; for WGS84
/// itself x is the longitude and y the latitude, as in GeoJSON.
/// </summary>
internal sealed class ReferenceSystem
{
    private readonly Lazy<MathTransform>? _toWgs84;
    private readonly Lock _gate = new();

    private ReferenceSystem(int epsg, string name, string? wkt)
    {
        Epsg = epsg;
        Name = name;
        _toWgs84 = wkt is null ? null : new Lazy<MathTransform>(() => ToWgs84(wkt));
    }

    /// <summary>The EPSG code, e.g. 5186.</summary>
    public int Epsg { get; }

    /// <summary>The EPSG name, e.g. <c>Korea 2000 / Central Belt 2010</c>.</summary>
    public string Name { get; }

    /// <summary>True for WGS84 longitude and latitude, which need no conversion.</summary>
    public bool IsGeographic => _toWgs84 is null;

    /// <summary><c>EPSG:5186</c>, as the user names it.</summary>
    public string Code => $"EPSG:{Epsg}";

    public static ReferenceSystem Geographic(int epsg, string name) => new(epsg, name, null);

    public static ReferenceSystem Projected(int epsg, string name, string wkt) => new(epsg, name, wkt);

    /// <summary>
    /// The WGS84 position of (<paramref name="x"/>, <paramref name="y"/>). The result is not
    /// range-checked: a projected point far from Korea still converts, to be reported by the caller.
    /// </summary>
    public GeoPoint ToWgs84(double x, double y)
    {
        if (_toWgs84 is null)
        {
            return new GeoPoint(y, x);
        }

        // ProjNet's transforms keep scratch state between calls, so one converts at a time.
        lock (_gate)
        {
            var (longitude, latitude) = _toWgs84.Value.Transform(x, y);

            return new GeoPoint(latitude, longitude);
        }
    }

    public override string ToString() => $"{Code} ({Name})";

    private static MathTransform ToWgs84(string wkt)
    {
        var source = (CoordinateSystem)CoordinateSystemWktReader.Parse(wkt);
        var factory = new CoordinateTransformationFactory();

        return factory.CreateFromCoordinateSystems(source, GeographicCoordinateSystem.WGS84).MathTransform;
    }
}
