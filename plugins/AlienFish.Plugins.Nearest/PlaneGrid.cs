namespace AlienFish.Plugins.Nearest;

/// <summary>
/// Points of a plane sorted into square cells of one size and stored cell by cell in flat
/// arrays, so the points near a position are found by visiting the few cells around it.
/// Distances here are straight lines on the plane; <see cref="StationIndex"/> turns them into
/// candidates for the ground distance.
/// </summary>
/// <remarks>
/// The cells cover the points' bounding box. The cell size asked for is kept unless it would
/// make more cells than about four per point, as a tiny limit over a wide extent would; then
/// the cells grow, which only makes a query visit more points, never miss one.
/// </remarks>
internal sealed class PlaneGrid
{
    private const int CellsPerPoint = 4;

    private readonly double[] _x;

    private readonly double[] _y;

    /// <summary>The caller's number of each point, in cell order.</summary>
    private readonly int[] _ids;

    /// <summary>Where each cell's points start in the arrays; one more entry than cells.</summary>
    private readonly int[] _cellStarts;

    private readonly double _minX;

    private readonly double _minY;

    private readonly double _cellSize;

    private readonly int _columns;

    private readonly int _rows;

    /// <param name="x">Eastings of the points; the points are numbered by their position here.</param>
    /// <param name="y">Northings, as many as <paramref name="x"/>, all finite.</param>
    /// <param name="cellSize">The side of a cell, best the radius most queries ask for.</param>
    public PlaneGrid(IReadOnlyList<double> x, IReadOnlyList<double> y, double cellSize)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(y.Count, x.Count, nameof(y));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cellSize);

        Count = x.Count;
        _minX = Count == 0 ? 0.0 : x.Min();
        _minY = Count == 0 ? 0.0 : y.Min();

        var width = Count == 0 ? 0.0 : x.Max() - _minX;
        var height = Count == 0 ? 0.0 : y.Max() - _minY;

        _cellSize = FittingCellSize(width, height, cellSize, Count);
        _columns = (int)(width / _cellSize) + 1;
        _rows = (int)(height / _cellSize) + 1;

        (_x, _y, _ids, _cellStarts) = Sort(x, y);
    }

    public int Count { get; }

    /// <summary>Adds to <paramref name="found"/> every point at most <paramref name="radius"/> away.</summary>
    public void Within(double x, double y, double radius, List<int> found)
    {
        if (Count == 0 || !(radius >= 0.0))
        {
            return;
        }

        var firstColumn = Math.Max(Column(x - radius), 0);
        var lastColumn = Math.Min(Column(x + radius), _columns - 1);
        var firstRow = Math.Max(Row(y - radius), 0);
        var lastRow = Math.Min(Row(y + radius), _rows - 1);
        var radiusSquared = radius * radius;

        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                AddWithin(Cell(column, row), x, y, radiusSquared, found);
            }
        }
    }

    /// <summary>The distance to the nearest point, or infinity when there are none.</summary>
    public double NearestDistance(double x, double y)
    {
        if (Count == 0)
        {
            return double.PositiveInfinity;
        }

        // Rings of cells around the query's cell, inside out. Every point not yet visited
        // after ring r lies at least r cells away, so the search stops once the best found
        // is no farther than that.
        var column = Column(x);
        var row = Row(y);
        var best = double.PositiveInfinity;
        var firstRing = RingsToGrid(column, row);
        var lastRing = FarthestRing(column, row);

        for (var ring = firstRing; ring <= lastRing; ring++)
        {
            best = Math.Min(best, NearestInRing(column, row, ring, x, y));

            if (best <= ring * _cellSize)
            {
                break;
            }
        }

        return best;
    }

    private static double FittingCellSize(double width, double height, double cellSize, int count)
    {
        var maxCells = ((double)CellsPerPoint * count) + 16.0;
        var size = cellSize;

        while (((Math.Floor(width / size) + 1.0) * (Math.Floor(height / size) + 1.0)) > maxCells)
        {
            size *= 2.0;
        }

        return size;
    }

    private (double[] X, double[] Y, int[] Ids, int[] CellStarts) Sort(
        IReadOnlyList<double> x,
        IReadOnlyList<double> y)
    {
        var cellOf = new int[Count];
        var starts = new int[(_columns * _rows) + 1];

        for (var i = 0; i < Count; i++)
        {
            var column = Math.Clamp(Column(x[i]), 0, _columns - 1);
            var row = Math.Clamp(Row(y[i]), 0, _rows - 1);

            cellOf[i] = Cell(column, row);
            starts[cellOf[i] + 1]++;
        }

        for (var cell = 0; cell < starts.Length - 1; cell++)
        {
            starts[cell + 1] += starts[cell];
        }

        var sortedX = new double[Count];
        var sortedY = new double[Count];
        var ids = new int[Count];
        var next = starts[..^1];

        // Points keep their input order within a cell, so equal answers come out in one order.
        for (var i = 0; i < Count; i++)
        {
            var slot = next[cellOf[i]]++;

            sortedX[slot] = x[i];
            sortedY[slot] = y[i];
            ids[slot] = i;
        }

        return (sortedX, sortedY, ids, starts);
    }

    private void AddWithin(int cell, double x, double y, double radiusSquared, List<int> found)
    {
        for (var i = _cellStarts[cell]; i < _cellStarts[cell + 1]; i++)
        {
            var dx = _x[i] - x;
            var dy = _y[i] - y;

            if ((dx * dx) + (dy * dy) <= radiusSquared)
            {
                found.Add(_ids[i]);
            }
        }
    }

    private double NearestInRing(long column, long row, long ring, double x, double y)
    {
        var best = double.PositiveInfinity;
        var firstColumn = Math.Max(column - ring, 0);
        var lastColumn = Math.Min(column + ring, _columns - 1);

        for (var r = Math.Max(row - ring, 0); r <= Math.Min(row + ring, _rows - 1); r++)
        {
            if (r == row - ring || r == row + ring)
            {
                // The first and last rows of the ring hold all its cells of that row.
                for (var c = firstColumn; c <= lastColumn; c++)
                {
                    best = Math.Min(best, NearestInCell(Cell(c, r), x, y));
                }

                continue;
            }

            // Inner rows hold only the ring's two end cells.
            if (column - ring >= 0)
            {
                best = Math.Min(best, NearestInCell(Cell(column - ring, r), x, y));
            }

            if (column + ring < _columns)
            {
                best = Math.Min(best, NearestInCell(Cell(column + ring, r), x, y));
            }
        }

        return best;
    }

    private double NearestInCell(int cell, double x, double y)
    {
        var bestSquared = double.PositiveInfinity;

        for (var i = _cellStarts[cell]; i < _cellStarts[cell + 1]; i++)
        {
            var dx = _x[i] - x;
            var dy = _y[i] - y;

            bestSquared = Math.Min(bestSquared, (dx * dx) + (dy * dy));
        }

        return Math.Sqrt(bestSquared);
    }

    /// <summary>How many rings out from the query's cell the first cell of the grid lies.</summary>
    private long RingsToGrid(long column, long row) =>
        Math.Max(Outside(column, _columns), Outside(row, _rows));

    /// <summary>The ring that reaches the grid's farthest cell from the query's cell.</summary>
    private long FarthestRing(long column, long row) =>
        Math.Max(
            Math.Max(Math.Abs(column), Math.Abs(column - (_columns - 1))),
            Math.Max(Math.Abs(row), Math.Abs(row - (_rows - 1))));

    private static long Outside(long index, int size) =>
        index < 0 ? -index : Math.Max(index - (size - 1), 0);

    private long Column(double x) => Index((x - _minX) / _cellSize);

    private long Row(double y) => Index((y - _minY) / _cellSize);

    /// <summary>The cell number along one axis, held within a range that no sum can overflow.</summary>
    private static long Index(double cells) => (long)Math.Floor(Math.Clamp(cells, -1e15, 1e15));

    /// <summary>The number of a cell of the grid, from its column and row inside the grid.</summary>
    private int Cell(long column, long row) => (int)((row * _columns) + column);
}
