using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

public sealed class NearestMatcherStationCountTests
{
    private const string Reach = "POINT (127.1 36.5)";

    private const string DO = Variables.DissolvedOxygen;

    /// <summary>About 2.1 km south-west of the reach: the nearest.</summary>
    private static readonly Station Near = Fixtures.Station("3008A50", "POINT (127.08 36.49)");

    /// <summary>About 3.3 km due north: second.</summary>
    private static readonly Station North = Fixtures.Station("3008A70", "POINT (127.1 36.53)");

    /// <summary>About 3.5 km north-east: third.</summary>
    private static readonly Station Farther = Fixtures.Station("3008A30", "POINT (127.13 36.52)");

    /// <summary>About 7.3 km north: beyond the default 5 km limit.</summary>
    private static readonly Station Beyond = Fixtures.Station("3009A10", "POINT (127.1 36.5658)");

    private static readonly Station[] All = [Farther, Beyond, North, Near];

    /// <summary>Window means: Near 9 (two samples), North 6, Farther 3, Beyond 100.</summary>
    private static readonly WaterSample[] Samples =
    [
        Fixtures.Sample(Near.Code, 5, DO, 8.0),
        Fixtures.Sample(Near.Code, 15, DO, 10.0),
        Fixtures.Sample(North.Code, 5, DO, 6.0),
        Fixtures.Sample(Farther.Code, 5, DO, 3.0),
        Fixtures.Sample(Beyond.Code, 5, DO, 100.0),
    ];

    [Fact]
    public void Should_average_the_station_means_equally_When_k_is_2_without_weighting()
    {
        var match = MatchOne(Samples, ("k", "2"));

        Assert.Equal(Near.Code, match.Station.Code);
        Assert.Equal(Metres(Near), match.DistanceMetres, GroundReference.ToleranceMetres);
        Assert.Equal(new VariableSummary((9.0 + 6.0) / 2.0, 3, 0), match.Values[DO]);
    }

    [Fact]
    public void Should_use_only_the_stations_in_range_When_k_exceeds_them()
    {
        var match = MatchOne(Samples, ("k", "10"), ("weighting", "none"));

        // Beyond, 7.3 km away, stays out: its 100 would dominate any mean it entered.
        Assert.Equal(Near.Code, match.Station.Code);
        Assert.Equal(new VariableSummary((9.0 + 6.0 + 3.0) / 3.0, 4, 0), match.Values[DO]);
    }

    [Theory]
    [InlineData(null, 2.0)]
    [InlineData("2", 2.0)]
    [InlineData("1", 1.0)]
    [InlineData("3.5", 3.5)]
    public void Should_weight_by_inverse_distance_to_the_power_set_When_weighting_is_idw(
        string? power,
        double expectedPower)
    {
        (string, string)[] settings = power is null
            ? [("k", "3"), ("weighting", "idw")]
            : [("k", "3"), ("weighting", "idw"), ("idw-power", power)];

        var match = MatchOne(Samples, settings);

        var wNear = Math.Pow(Metres(Near), -expectedPower);
        var wNorth = Math.Pow(Metres(North), -expectedPower);
        var wFarther = Math.Pow(Metres(Farther), -expectedPower);
        var expected = ((wNear * 9.0) + (wNorth * 6.0) + (wFarther * 3.0)) / (wNear + wNorth + wFarther);
        var summary = match.Values[DO];

        Assert.Equal(Near.Code, match.Station.Code);
        Assert.Equal(expected, summary.Mean, 1e-4);
        Assert.Equal(4, summary.Count);
    }

    [Fact]
    public void Should_differ_from_the_plain_mean_When_weighting_is_idw()
    {
        var plain = MatchOne(Samples, ("k", "3")).Values[DO].Mean;
        var weighted = MatchOne(Samples, ("k", "3"), ("weighting", "idw")).Values[DO].Mean;

        // The nearest station has the highest mean, so weighting towards it raises the value.
        Assert.Equal(6.0, plain, 12);
        Assert.True(weighted > 6.5, $"weighted mean {weighted}");
    }

    [Fact]
    public void Should_give_all_the_weight_to_a_station_at_the_reach_When_weighting_is_idw()
    {
        var atReach = Fixtures.Station("3008A00", Reach);
        WaterSample[] samples = [.. Samples, Fixtures.Sample(atReach.Code, 5, DO, 12.0)];

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", Reach)],
            [.. All, atReach],
            samples,
            ("k", "3"),
            ("weighting", "idw"));

        var match = Assert.Single(result.Matches);

        Assert.Equal(atReach.Code, match.Station.Code);
        Assert.Equal(0.0, match.DistanceMetres);
        Assert.Equal(new VariableSummary(12.0, 1, 0), match.Values[DO]);
    }

    [Fact]
    public void Should_renormalise_over_the_stations_that_have_it_When_a_station_lacks_a_variable()
    {
        const string tp = Variables.TotalPhosphorus;
        WaterSample[] samples =
        [
            .. Samples,
            Fixtures.Sample(North.Code, 5, tp, 0.04),
            Fixtures.Sample(Farther.Code, 5, tp, 0.10),
            Fixtures.Sample(Farther.Code, 9, tp, null, ValueQualifier.BelowDetection, 0.02),
        ];

        var match = MatchOne(samples, ("k", "3"), ("weighting", "idw"));

        // Near has no TP: the weights of North and Farther alone are scaled to add up to one.
        var wNorth = Math.Pow(Metres(North), -2.0);
        var wFarther = Math.Pow(Metres(Farther), -2.0);
        var fartherMean = (0.10 + 0.01) / 2.0;
        var expected = ((wNorth * 0.04) + (wFarther * fartherMean)) / (wNorth + wFarther);
        var summary = match.Values[tp];

        Assert.Equal(expected, summary.Mean, 1e-9);
        Assert.Equal(3, summary.Count);
        Assert.Equal(1, summary.BelowLimit);
    }

    [Fact]
    public void Should_take_the_one_station_with_it_as_it_is_When_only_one_has_a_variable()
    {
        WaterSample[] samples = [.. Samples, Fixtures.Sample(Farther.Code, 5, Variables.Bod, 1.7)];

        var match = MatchOne(samples, ("k", "3"), ("weighting", "idw"));

        Assert.Equal(new VariableSummary(1.7, 1, 0), match.Values[Variables.Bod]);
    }

    [Fact]
    public void Should_skip_stations_without_samples_in_the_window_When_choosing_the_k_nearest()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 61, DO, 50.0),
            Fixtures.Sample(North.Code, 5, DO, 6.0),
            Fixtures.Sample(Farther.Code, 5, DO, 3.0),
        ];

        var match = MatchOne(samples, ("k", "2"));

        Assert.Equal(North.Code, match.Station.Code);
        Assert.Equal(Metres(North), match.DistanceMetres, GroundReference.ToleranceMetres);
        Assert.Equal(new VariableSummary(4.5, 2, 0), match.Values[DO]);
    }

    [Fact]
    public void Should_take_the_lower_code_When_the_kth_place_is_a_tie()
    {
        var lower = Fixtures.Station("3010A10", "POINT (127.1 36.53)");
        var higher = Fixtures.Station("3010B10", "POINT (127.1 36.53)");
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 5, DO, 9.0),
            Fixtures.Sample(higher.Code, 5, DO, 1.0),
            Fixtures.Sample(lower.Code, 5, DO, 5.0),
        ];

        var result = Fixtures.Match([Fixtures.Survey("R1", Reach)], [higher, Near, lower], samples, ("k", "2"));

        // Near is first; the two codes at one point 3.3 km away tie for second, and the lower
        // code takes the place, so the higher one's 1.0 stays out.
        var match = Assert.Single(result.Matches);

        Assert.Equal(Near.Code, match.Station.Code);
        Assert.Equal(new VariableSummary((9.0 + 5.0) / 2.0, 2, 0), match.Values[DO]);
    }

    [Fact]
    public void Should_give_what_k_1_gives_When_k_is_left_at_its_default()
    {
        var byDefault = MatchOne(Samples);
        var explicitOne = MatchOne(Samples, ("k", "1"), ("weighting", "idw"));

        Assert.Equal(new VariableSummary(9.0, 2, 0), byDefault.Values[DO]);
        Assert.Equal(byDefault.Values[DO], explicitOne.Values[DO]);
        Assert.Equal(byDefault.DistanceMetres, explicitOne.DistanceMetres);
    }

    private static double Metres(Station station) =>
        GroundReference.ShortDistanceMetres(Fixtures.Point(Reach)!.Value, station.Location!.Value);

    private static SurveyMatch MatchOne(IReadOnlyList<WaterSample> samples, params (string, string)[] settings)
    {
        var result = Fixtures.Match([Fixtures.Survey("R1", Reach)], All, samples, settings);

        Assert.Empty(result.Unmatched);

        return Assert.Single(result.Matches);
    }
}
