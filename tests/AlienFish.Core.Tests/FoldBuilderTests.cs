using AlienFish.Abstractions;
using AlienFish.Core.Evaluation;

namespace AlienFish.Core.Tests;

public sealed class FoldBuilderTests
{
    [Fact]
    public void Should_put_every_survey_in_exactly_one_fold_of_near_equal_size()
    {
        var folds = FoldBuilder.Random(rows: 23, folds: 5, seed: 1);

        var sizes = Enumerable.Range(0, 5).Select(f => folds.TestRows(f).Count()).ToList();
        Assert.Equal(23, sizes.Sum());
        Assert.True(sizes.Max() - sizes.Min() <= 1);
        Assert.All(Enumerable.Range(0, 5), f => Assert.Empty(folds.TestRows(f).Intersect(folds.TrainRows(f))));
    }

    [Fact]
    public void Should_keep_reaches_closer_than_the_block_distance_in_one_fold()
    {
        // Given reaches along a line 0.04° of latitude (about 4.4 km) apart, in three groups
        // separated by 0.2° (about 22 km), and a 10 km block distance
        var points = new List<GeoPoint?>();
        foreach (var start in new[] { 36.0, 36.3, 36.6 })
        {
            points.AddRange(Enumerable.Range(0, 4).Select(i => (GeoPoint?)new GeoPoint(start + (i * 0.04), 127.0)));
        }

        // When spatial folds are built
        var folds = FoldBuilder.SpatialBlocks(points, folds: 3, blockMetres: 10_000);

        // Then surveys in different folds are always at least 10 km apart, and each chain is one fold
        for (var i = 0; i < points.Count; i++)
        {
            for (var j = 0; j < points.Count; j++)
            {
                if (folds.Folds[i] != folds.Folds[j])
                {
                    Assert.True(Distance.Metres(points[i]!.Value, points[j]!.Value) >= 10_000);
                }
            }
        }

        Assert.Equal(3, folds.Folds.Distinct().Count());
        Assert.Equal(4, folds.TestRows(0).Count());
    }

    [Fact]
    public void Should_say_when_there_are_fewer_blocks_than_folds()
    {
        var points = new List<GeoPoint?> { new GeoPoint(36, 127), new GeoPoint(36.01, 127) };

        var error = Assert.Throws<PipelineException>(() => FoldBuilder.SpatialBlocks(points, 3, 10_000));

        Assert.Equal(
            "spatial blocks (3, 10 km): the surveys form only 1 blocks, fewer than the 3 folds asked for; "
            + "ask for fewer folds or a smaller block distance",
            error.Message);
    }

    [Fact]
    public void Should_hold_out_a_whole_mid_basin_at_once()
    {
        string?[] basins = ["미호천", "갑천", "미호천", "논산천", "갑천", "미호천"];

        var folds = FoldBuilder.MidBasins(basins, folds: 3);

        Assert.Equal(folds.Folds[0], folds.Folds[2]);
        Assert.Equal(folds.Folds[0], folds.Folds[5]);
        Assert.Equal(folds.Folds[1], folds.Folds[4]);
        Assert.Equal(3, folds.Folds.Distinct().Count());
    }

    [Fact]
    public void Should_measure_a_degree_of_latitude_as_about_111_km()
    {
        // 2 pi R / 360 on the mean Earth sphere.
        Assert.Equal(2 * Math.PI * 6_371_008.8 / 360, Distance.Metres(new(36, 127), new(37, 127)), 3);
    }
}
