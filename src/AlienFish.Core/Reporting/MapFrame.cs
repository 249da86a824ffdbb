using AlienFish.Abstractions;

namespace AlienFish.Core.Reporting;

/// <summary>
/// An equirectangular frame around some places: longitude shrunk by the cosine of the
/// centre latitude, so that a kilometre east is as long as a kilometre north near the centre.
/// </summary>
internal sealed class MapFrame
{
    private readonly double _west;
    private readonly double _north;
    private readonly double _south;
    private readonly double _east;
    private readonly double _shrink;

    private MapFrame(double west, double east, double south, double north, double longestSide)
    {
        (_west, _east, _south, _north) = (west, east, south, north);
        CentreLatitude = (south + north) / 2;
        _shrink = Math.Cos(CentreLatitude * Math.PI / 180);

        var spanX = (east - west) * _shrink;
        var spanY = north - south;
        PixelsPerDegree = longestSide / Math.Max(spanX, spanY);
        Width = spanX * PixelsPerDegree;
        Height = spanY * PixelsPerDegree;
    }

    public double CentreLatitude { get; }

    /// <summary>Pixels per degree of latitude, and per degree of longitude times the shrink.</summary>
    public double PixelsPerDegree { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The frame around the places with a margin of a tenth of their spread (at least 2 km).</summary>
    public static MapFrame Around(IReadOnlyList<GeoPoint> places, double longestSide)
    {
        if (places.Count == 0)
        {
            return new MapFrame(127, 128, 36, 37, longestSide);
        }

        var (south, north) = (places.Min(p => p.Latitude), places.Max(p => p.Latitude));
        var (west, east) = (places.Min(p => p.Longitude), places.Max(p => p.Longitude));
        var padY = Math.Max((north - south) * 0.1, 0.02);
        var padX = Math.Max((east - west) * 0.1, 0.025);

        return new MapFrame(west - padX, east + padX, south - padY, north + padY, longestSide);
    }

    public bool Contains(GeoPoint place) =>
        place.Latitude >= _south && place.Latitude <= _north && place.Longitude >= _west && place.Longitude <= _east;

    /// <summary>Pixels from the frame's top-left corner.</summary>
    public (double X, double Y) Place(GeoPoint place) =>
        ((place.Longitude - _west) * _shrink * PixelsPerDegree, (_north - place.Latitude) * PixelsPerDegree);
}
