using AlienFish.Abstractions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// Finds stations near a reach. Stations are indexed by their EPSG:5186 position in an
/// STRtree; the index only proposes candidates, and every candidate is then measured
/// with the ground distance on the ellipsoid, which decides.
/// </summary>
/// <remarks>
/// The projection stretches distances by its scale factor, 1 on the central meridian and
/// growing with the distance from it. Within <see cref="PlaneHalfWidthMetres"/> of the
/// meridian, which covers all of Korea, it stays below 1.0045, so a search box enlarged by
/// <see cref="SearchMargin"/> is sure to hold every station within the ground distance
/// asked for. Points farther out (or that cannot be projected) are kept outside the tree
/// and measured one by one, so the answer is exact everywhere.
/// </remarks>
internal sealed class StationIndex
{
    /// <summary>How far east or west of the central meridian the tree reaches.</summary>
    internal const double PlaneHalfWidthMetres = 600_000.0;

    private const double SearchMargin = 1.01;

    private readonly KoreaCentralBelt _projection;

    private readonly STRtree<IndexedStation> _tree = new();

    private readonly List<IndexedStation> _all = [];

    private readonly List<IndexedStation> _offPlane = [];

    /// <param name="stations">Stations with valid WGS84 coordinates.</param>
    public StationIndex(IEnumerable<Station> stations, KoreaCentralBelt projection)
    {
        _projection = projection;

        foreach (var station in stations)
        {
            var location = station.Location!.Value;
            var indexed = new IndexedStation(station, location, _projection.Project(location));

            _all.Add(indexed);

            if (IsOnPlane(indexed.Plane))
            {
                _tree.Insert(new Envelope(indexed.Plane), indexed);
            }
            else
            {
                _offPlane.Add(indexed);
            }
        }

        _tree.Build();
    }

    public int Count => _all.Count;

    /// <summary>Every station within <paramref name="limitMetres"/> of the point, nearest first.</summary>
    public IReadOnlyList<StationDistance> WithinRange(GeoPoint point, double limitMetres)
    {
        var plane = _projection.Project(point);
        var candidates = IsOnPlane(plane)
            ? _tree.Query(Box(plane, limitMetres * SearchMargin)).Concat(_offPlane)
            : _all;

        var inRange = candidates
            .Select(s => new StationDistance(s.Station, Geodesic.DistanceMetres(point, s.Location)))
            .Where(d => d.Metres <= limitMetres)
            .ToList();

        inRange.Sort(StationDistance.Compare);

        return inRange;
    }

    /// <summary>The nearest station at any distance, or null when the index is empty.</summary>
    public StationDistance? Nearest(GeoPoint point)
    {
        var plane = _projection.Project(point);
        var candidates = IsOnPlane(plane) ? NearestCandidates(plane) : _all;

        StationDistance? best = null;

        foreach (var candidate in candidates)
        {
            var distance = new StationDistance(
                candidate.Station,
                Geodesic.DistanceMetres(point, candidate.Location));

            if (best is null || StationDistance.Compare(distance, best.Value) < 0)
            {
                best = distance;
            }
        }

        return best;
    }

    private IEnumerable<IndexedStation> NearestCandidates(Coordinate plane)
    {
        if (_tree.Count == 0)
        {
            return _offPlane;
        }

        // Grow the box until it holds a station that is inside the circle it encloses; the
        // nearest station on the ground is then no farther on the plane than that one,
        // up to the scale margin.
        var radius = 1_000.0;

        while (true)
        {
            var nearestOnPlane = _tree.Query(Box(plane, radius))
                .Select(s => s.Plane.Distance(plane))
                .DefaultIfEmpty(double.PositiveInfinity)
                .Min();

            if (nearestOnPlane <= radius)
            {
                return _tree.Query(Box(plane, nearestOnPlane * SearchMargin)).Concat(_offPlane);
            }

            radius *= 2.0;
        }
    }

    private static bool IsOnPlane(Coordinate plane) =>
        double.IsFinite(plane.X)
        && double.IsFinite(plane.Y)
        && Math.Abs(plane.X - KoreaCentralBelt.FalseEasting) <= PlaneHalfWidthMetres;

    private static Envelope Box(Coordinate centre, double halfWidth) =>
        new(centre.X - halfWidth, centre.X + halfWidth, centre.Y - halfWidth, centre.Y + halfWidth);

    private sealed record IndexedStation(Station Station, GeoPoint Location, Coordinate Plane);
}
