using AlienFish.Abstractions;
using NetTopologySuite.Geometries;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// Finds stations near a reach. Stations are indexed by their EPSG:5186 position in a
/// <see cref="PlaneGrid"/>; the index only proposes candidates, and every candidate is then
/// measured with the ground distance on the ellipsoid, which decides (or, when asked, with
/// the straight-line distance on the plane).
/// </summary>
/// <remarks>
/// The projection stretches distances by its scale factor, 1 on the central meridian and
/// growing with the distance from it, so a straight line on the plane is never shorter than
/// the ground distance between its ends. Within <see cref="PlaneHalfWidthMetres"/> of the
/// meridian, which covers all of Korea, the factor stays below 1.0045, so a circle on the
/// plane enlarged by <see cref="SearchMargin"/> is sure to hold every station within the
/// ground distance asked for. Points farther out (or that cannot be projected) are kept
/// outside the grid and measured one by one, so the answer is exact everywhere. One instance
/// is not safe to share between threads: its projection and its candidate buffer are reused.
/// </remarks>
internal sealed class StationIndex
{
    /// <summary>How far east or west of the central meridian the grid reaches.</summary>
    internal const double PlaneHalfWidthMetres = 600_000.0;

    /// <summary>How much farther than a ground distance the plane is searched.</summary>
    internal const double SearchMargin = 1.01;

    /// <summary>
    /// Added to a plane radius so that stations a rounding error apart, which
    /// <see cref="StationDistance.Compare"/> takes as tied, are all candidates.
    /// </summary>
    private const double TieSlackMetres = 0.001;

    private readonly KoreaCentralBelt _projection;

    private readonly DistanceKind _distance;

    private readonly PlaneGrid _grid;

    private readonly IndexedStation[] _onPlane;

    private readonly List<IndexedStation> _all = [];

    private readonly List<IndexedStation> _offPlane = [];

    private readonly List<int> _found = [];

    /// <param name="stations">Stations with valid WGS84 coordinates.</param>
    /// <param name="usualLimitMetres">The ground distance most searches ask for; it sizes the grid.</param>
    /// <param name="distance">How candidates are measured; the plane distance is never shorter than the ground one.</param>
    public StationIndex(
        IEnumerable<Station> stations,
        KoreaCentralBelt projection,
        double usualLimitMetres,
        DistanceKind distance = DistanceKind.Ground)
    {
        _projection = projection;
        _distance = distance;

        foreach (var station in stations)
        {
            var location = station.Location!.Value;
            var indexed = new IndexedStation(station, location, _projection.Project(location));

            _all.Add(indexed);
        }

        _onPlane = _all.Where(s => IsOnPlane(s.Plane)).ToArray();
        _offPlane.AddRange(_all.Where(s => !IsOnPlane(s.Plane)));
        _grid = new PlaneGrid(
            _onPlane.Select(s => s.Plane.X).ToArray(),
            _onPlane.Select(s => s.Plane.Y).ToArray(),
            Math.Max(usualLimitMetres * SearchMargin, 1.0));
    }

    public int Count => _all.Count;

    /// <summary>Every station within <paramref name="limitMetres"/> of the point, nearest first.</summary>
    public IReadOnlyList<StationDistance> WithinRange(GeoPoint point, double limitMetres)
    {
        var inRange = new List<StationDistance>();
        var plane = _projection.Project(point);

        foreach (var candidate in Candidates(plane, limitMetres * SearchMargin))
        {
            var metres = Distance(point, plane, candidate);

            if (metres <= limitMetres)
            {
                inRange.Add(new StationDistance(candidate.Station, metres));
            }
        }

        inRange.Sort(StationDistance.Compare);

        return inRange;
    }

    /// <summary>The nearest station at any distance, or null when the index is empty.</summary>
    public StationDistance? Nearest(GeoPoint point)
    {
        var plane = _projection.Project(point);

        // The station nearest on the plane is at most that far on the ground, so the one
        // nearest on the ground lies within that plane distance enlarged by the scale margin.
        var radius = IsOnPlane(plane) ? _grid.NearestDistance(plane.X, plane.Y) * SearchMargin : 0.0;
        StationDistance? best = null;

        foreach (var candidate in Candidates(plane, radius))
        {
            var distance = new StationDistance(candidate.Station, Distance(point, plane, candidate));

            if (best is null || StationDistance.Compare(distance, best.Value) < 0)
            {
                best = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The stations within <paramref name="planeRadius"/> of the point on the plane and every
    /// station off the plane; every station when the point itself is off the plane.
    /// </summary>
    private IEnumerable<IndexedStation> Candidates(Coordinate plane, double planeRadius)
    {
        if (!IsOnPlane(plane))
        {
            return _all;
        }

        _found.Clear();
        _grid.Within(plane.X, plane.Y, planeRadius + TieSlackMetres, _found);

        var candidates = new List<IndexedStation>(_found.Count + _offPlane.Count);

        foreach (var id in _found)
        {
            candidates.Add(_onPlane[id]);
        }

        candidates.AddRange(_offPlane);

        return candidates;
    }

    /// <summary>The distance chosen for the index; on the plane only where both ends project.</summary>
    private double Distance(GeoPoint point, Coordinate plane, IndexedStation candidate) =>
        _distance == DistanceKind.Plane && IsOnPlane(plane) && IsOnPlane(candidate.Plane)
            ? Math.Sqrt(Square(plane.X - candidate.Plane.X) + Square(plane.Y - candidate.Plane.Y))
            : Geodesic.DistanceMetres(point, candidate.Location);

    private static double Square(double value) => value * value;

    private static bool IsOnPlane(Coordinate plane) =>
        double.IsFinite(plane.X)
        && double.IsFinite(plane.Y)
        && Math.Abs(plane.X - KoreaCentralBelt.FalseEasting) <= PlaneHalfWidthMetres;

    private sealed record IndexedStation(Station Station, GeoPoint Location, Coordinate Plane);
}
