namespace AlienFish.Plugins.Nearest.Tests;

/// <summary>
/// The grid against a full scan of the same points: random points from a fixed seed, radii
/// taken from the points themselves so that some lie exactly on the circle, co-located
/// points, and queries far outside the grid.
/// </summary>
public sealed class PlaneGridTests
{
    [Theory]
    [InlineData(1, 5_000.0)]
    [InlineData(2, 750.0)]
    [InlineData(3, 40_000.0)]
    [InlineData(4, 0.01)]
    public void Should_find_every_point_a_full_scan_finds_When_points_and_queries_are_random(
        int seed,
        double cellSize)
    {
        var random = new Random(seed);
        var (x, y) = RandomPoints(random, 2_000);
        var grid = new PlaneGrid(x, y, cellSize);

        for (var query = 0; query < 300; query++)
        {
            var (qx, qy) = QueryPoint(random);
            var radius = RadiusFor(random, x, y, qx, qy);
            var found = new List<int>();

            grid.Within(qx, qy, radius, found);

            Assert.Equal(FullScanWithin(x, y, qx, qy, radius), found.Order());
        }
    }

    [Theory]
    [InlineData(5, 5_000.0)]
    [InlineData(6, 300.0)]
    [InlineData(7, 0.01)]
    public void Should_give_the_full_scan_nearest_distance_When_queries_are_random(int seed, double cellSize)
    {
        var random = new Random(seed);
        var (x, y) = RandomPoints(random, 1_500);
        var grid = new PlaneGrid(x, y, cellSize);

        for (var query = 0; query < 300; query++)
        {
            var (qx, qy) = QueryPoint(random);

            Assert.Equal(FullScanNearest(x, y, qx, qy), grid.NearestDistance(qx, qy));
        }
    }

    [Fact]
    public void Should_return_every_copy_When_points_lie_on_top_of_each_other()
    {
        double[] x = [1_000.0, 1_000.0, 1_000.0, 4_000.0];
        double[] y = [2_000.0, 2_000.0, 2_000.0, 2_000.0];
        var grid = new PlaneGrid(x, y, 500.0);
        var found = new List<int>();

        grid.Within(1_000.0, 2_000.0, 0.0, found);

        Assert.Equal([0, 1, 2], found.Order());
        Assert.Equal(0.0, grid.NearestDistance(1_000.0, 2_000.0));
    }

    [Fact]
    public void Should_find_the_nearest_point_When_the_query_is_far_outside_the_grid()
    {
        double[] x = [0.0, 10.0, 20.0];
        double[] y = [0.0, 0.0, 5.0];
        var grid = new PlaneGrid(x, y, 1.0);

        var distance = grid.NearestDistance(-3_000_000.0, 4_000_000.0);

        Assert.Equal(5_000_000.0, distance, 1e-6);
    }

    [Fact]
    public void Should_find_nothing_When_the_grid_is_empty()
    {
        var grid = new PlaneGrid([], [], 1_000.0);
        var found = new List<int>();

        grid.Within(0.0, 0.0, 1e9, found);

        Assert.Empty(found);
        Assert.Equal(double.PositiveInfinity, grid.NearestDistance(0.0, 0.0));
    }

    /// <summary>Eastings and northings over a Korea-sized plane, a tenth of them in one dense spot.</summary>
    private static (double[] X, double[] Y) RandomPoints(Random random, int count)
    {
        var x = new double[count];
        var y = new double[count];

        for (var i = 0; i < count; i++)
        {
            var dense = i % 10 == 0;

            x[i] = dense
                ? 200_000.0 + (random.NextDouble() * 2_000.0)
                : 50_000.0 + (random.NextDouble() * 400_000.0);
            y[i] = dense
                ? 400_000.0 + (random.NextDouble() * 2_000.0)
                : 50_000.0 + (random.NextDouble() * 600_000.0);
        }

        // A few exact copies, as two stations sharing one position.
        for (var i = 0; i < 20; i++)
        {
            x[count - 1 - i] = x[i];
            y[count - 1 - i] = y[i];
        }

        return (x, y);
    }

    /// <summary>Mostly inside the points' box, some well outside it.</summary>
    private static (double X, double Y) QueryPoint(Random random) =>
        random.Next(10) == 0
            ? (-500_000.0 + (random.NextDouble() * 1_500_000.0), -500_000.0 + (random.NextDouble() * 1_700_000.0))
            : (50_000.0 + (random.NextDouble() * 400_000.0), 50_000.0 + (random.NextDouble() * 600_000.0));

    /// <summary>
    /// Half the time the exact distance to a random point, so that point lies on the circle;
    /// otherwise a random radius up to 20 km.
    /// </summary>
    private static double RadiusFor(Random random, double[] x, double[] y, double qx, double qy)
    {
        if (random.Next(2) == 0)
        {
            return random.NextDouble() * 20_000.0;
        }

        var i = random.Next(x.Length);
        var dx = x[i] - qx;
        var dy = y[i] - qy;

        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    private static List<int> FullScanWithin(double[] x, double[] y, double qx, double qy, double radius)
    {
        var found = new List<int>();

        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - qx;
            var dy = y[i] - qy;

            if ((dx * dx) + (dy * dy) <= radius * radius)
            {
                found.Add(i);
            }
        }

        return found;
    }

    private static double FullScanNearest(double[] x, double[] y, double qx, double qy)
    {
        var bestSquared = double.PositiveInfinity;

        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - qx;
            var dy = y[i] - qy;

            bestSquared = Math.Min(bestSquared, (dx * dx) + (dy * dy));
        }

        return Math.Sqrt(bestSquared);
    }
}
