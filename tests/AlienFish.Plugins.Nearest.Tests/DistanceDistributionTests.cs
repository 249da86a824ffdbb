using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

public sealed class DistanceDistributionTests
{
    private const StringComparison Ordinal = StringComparison.Ordinal;

    /// <summary>One station; every reach lies due south of it, where the meridian arc is exact.</summary>
    private static readonly Station North = Fixtures.Station("3008A50", "POINT (128 36.5)");

    /// <summary>Degrees south of the station, given out of order.</summary>
    private static readonly double[] Offsets = [0.014, 0.004, 0.022, 0.009];

    [Fact]
    public void Should_summarise_the_matched_distances_in_one_line_When_a_run_ends()
    {
        var surveys = Offsets
            .Select((offset, i) => Reach("R" + i, 36.5 - offset))
            .Append(Fixtures.Survey("FAR", "POINT (128 36.3)"))
            .ToList();

        var result = Fixtures.Match(surveys, [North], Fixtures.OneSampleEach(North));

        var summary = Assert.Single(result.Diagnostics);

        // Sorted: 443.873, 998.714, 1553.554, 2441.298 m. Quartiles at positions 0.75, 1.5 and
        // 2.25 of the sorted list: 443.873 + 0.75 × 554.841 = 860.004; the mean of the middle
        // two, 1276.134; 1553.554 + 0.25 × 887.744 = 1775.490.
        Assert.Equal(DiagnosticSeverity.Info, summary.Severity);
        Assert.Equal(Fixtures.DistanceDistributionCode, summary.Code);
        Assert.Equal(
            "4 matched surveys, distance to the station used in metres: min 443.9, "
            + "lower quartile 860.0, median 1276.1, upper quartile 1775.5, max 2441.3",
            summary.Message);
        Assert.Equal(ExpectedFromReference(), summary.Message);
        Assert.Single(result.Unmatched, u => u.Reason.StartsWith("nearest station 3008A50 is 22.", Ordinal));
    }

    [Fact]
    public void Should_give_every_figure_as_the_one_distance_When_a_single_survey_matched()
    {
        var result = Fixtures.Match([Reach("R1", 36.5 - 0.004)], [North], Fixtures.OneSampleEach(North));

        Assert.Equal(
            "1 matched survey, distance to the station used in metres: min 443.9, "
            + "lower quartile 443.9, median 443.9, upper quartile 443.9, max 443.9",
            Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Should_say_there_are_no_distances_When_no_survey_matched()
    {
        var result = Fixtures.Match([Fixtures.Survey("FAR", "POINT (128 36.3)")], [North], []);

        var summary = Assert.Single(result.Diagnostics);

        Assert.Equal("no survey matched, so there are no distances", summary.Message);
        Assert.Single(result.Unmatched);
    }

    [Fact]
    public void Should_count_reach_matches_at_zero_When_the_same_site_matcher_ends_a_run()
    {
        var atReach = Reach("R1", 36.5 - 0.004);
        var fromStation = Reach("R2", 36.5 - 0.009);
        var input = new MatchInput(
            [atReach, fromStation],
            [North],
            Fixtures.OneSampleEach(North),
            [Fixtures.SiteValue(atReach, Variables.WaterTemperature, 18.0)]);

        var result = Fixtures.MatchWith(new SameSiteMatcher(), input);

        // 0 and 998.714: the quartiles lie a quarter, a half and three quarters of the way.
        var summary = Assert.Single(result.Diagnostics);

        Assert.Equal("same-site.distance-distribution", summary.Code);
        Assert.Equal(
            "2 matched surveys, distance to the station used in metres: min 0.0, "
            + "lower quartile 249.7, median 499.4, upper quartile 749.0, max 998.7",
            summary.Message);
    }

    private static SurveyToMatch Reach(string code, double latitude) =>
        Fixtures.Survey(code, string.Create(CultureInfo.InvariantCulture, $"POINT (128 {latitude})"));

    /// <summary>The same line built from the reference meridian arcs and a by-hand quartile.</summary>
    private static string ExpectedFromReference()
    {
        var sorted = Offsets.Select(o => GroundReference.MeridianArcMetres(36.5 - o, 36.5)).Order().ToArray();
        var q1 = sorted[0] + (0.75 * (sorted[1] - sorted[0]));
        var median = (sorted[1] + sorted[2]) / 2.0;
        var q3 = sorted[2] + (0.25 * (sorted[3] - sorted[2]));

        return string.Format(
            CultureInfo.InvariantCulture,
            "4 matched surveys, distance to the station used in metres: min {0:0.0}, "
            + "lower quartile {1:0.0}, median {2:0.0}, upper quartile {3:0.0}, max {4:0.0}",
            sorted[0],
            q1,
            median,
            q3,
            sorted[3]);
    }
}
