using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

public sealed class NearestMatcherSeasonTests
{
    private const string Reach = "POINT (127.1 36.5)";

    private const string DO = Variables.DissolvedOxygen;

    private static readonly Station Near = Fixtures.Station("3008A50", "POINT (127.08 36.49)");

    private static readonly Station Farther = Fixtures.Station("3008A30", "POINT (127.13 36.52)");

    /// <summary>
    /// Samples on both sides of every season boundary of 2015 to 2017. The values inside a
    /// season are small; those just outside are 100 or more, so any leak shows in the mean.
    /// </summary>
    private static readonly WaterSample[] Boundaries =
    [
        On(2015, 11, 30, 900.0),
        On(2015, 12, 1, 1.0),
        On(2016, 2, 29, 3.0),
        On(2016, 3, 1, 5.0),
        On(2016, 5, 31, 7.0),
        On(2016, 6, 1, 11.0),
        On(2016, 8, 31, 13.0),
        On(2016, 9, 1, 17.0),
        On(2016, 11, 30, 19.0),
        On(2016, 12, 1, 23.0),
        On(2017, 2, 28, 29.0),
        On(2017, 3, 1, 800.0),
    ];

    [Theory]
    [InlineData(2016, 3, 1, (5.0 + 7.0) / 2.0)]
    [InlineData(2016, 4, 20, (5.0 + 7.0) / 2.0)]
    [InlineData(2016, 5, 31, (5.0 + 7.0) / 2.0)]
    [InlineData(2016, 6, 1, (11.0 + 13.0) / 2.0)]
    [InlineData(2016, 8, 31, (11.0 + 13.0) / 2.0)]
    [InlineData(2016, 10, 5, (17.0 + 19.0) / 2.0)]
    public void Should_average_the_whole_season_of_the_survey_date_When_window_is_season(
        int year,
        int month,
        int day,
        double expectedMean)
    {
        var match = MatchOne(Fixtures.Survey("R1", Reach, new DateOnly(year, month, day)), Boundaries);

        // Both ends of the season count, and so do the days after the survey within it.
        Assert.Equal(new VariableSummary(expectedMean, 2, 0), match.Values[DO]);
    }

    [Theory]
    [InlineData(2016, 1, 15)]
    [InlineData(2016, 2, 29)]
    [InlineData(2015, 12, 1)]
    public void Should_take_the_winter_from_December_to_the_end_of_February_When_it_spans_the_year_change(
        int year,
        int month,
        int day)
    {
        var match = MatchOne(Fixtures.Survey("R1", Reach, new DateOnly(year, month, day)), Boundaries);

        // 1 December 2015 to 29 February 2016: 30 November and 1 March stay out.
        Assert.Equal(new VariableSummary((1.0 + 3.0) / 2.0, 2, 0), match.Values[DO]);
    }

    [Fact]
    public void Should_open_the_next_winter_When_the_survey_is_in_December()
    {
        var match = MatchOne(Fixtures.Survey("R1", Reach, new DateOnly(2016, 12, 10)), Boundaries);

        // 1 December 2016 to 28 February 2017, not a leap year.
        Assert.Equal(new VariableSummary((23.0 + 29.0) / 2.0, 2, 0), match.Values[DO]);
    }

    [Theory]
    [InlineData(1, (5.0 + 7.0) / 2.0)]
    [InlineData(2, (17.0 + 19.0) / 2.0)]
    public void Should_take_the_season_of_the_round_When_the_survey_has_no_date(int round, double expectedMean)
    {
        var dated = Fixtures.Survey("R1", Reach, round: round);
        var undated = dated with { Survey = dated.Survey with { Date = null } };

        var match = MatchOne(undated, Boundaries);

        // The key's year is 2016: round 1 is spring 2016, round 2 autumn 2016.
        Assert.Equal(new VariableSummary(expectedMean, 2, 0), match.Values[DO]);
    }

    [Fact]
    public void Should_say_the_round_names_no_season_When_an_undated_survey_has_round_3()
    {
        var dated = Fixtures.Survey("R1", Reach, round: 3);
        var undated = dated with { Survey = dated.Survey with { Date = null } };

        var result = Match(undated, Boundaries);

        Assert.Equal(
            "survey has no date, and round 3 names no season (round 1 is spring, round 2 autumn)",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_name_the_season_and_its_days_When_no_station_has_samples_in_it()
    {
        WaterSample[] samples = [On(2016, 2, 29, 3.0), On(2016, 6, 1, 11.0)];

        var result = Match(Fixtures.Survey("R1", Reach, new DateOnly(2016, 4, 20)), samples);

        Assert.Equal(
            "no samples in spring 2016 (2016-03-01 to 2016-05-31) at 2 stations within 5 km",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_name_both_years_of_a_winter_When_no_station_has_samples_in_it()
    {
        var result = Match(Fixtures.Survey("R1", Reach, new DateOnly(2016, 1, 15)), [On(2016, 3, 1, 5.0)]);

        Assert.Equal(
            "no samples in winter 2015/2016 (2015-12-01 to 2016-02-29) at 2 stations within 5 km",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_ignore_window_days_When_window_is_season()
    {
        var survey = Fixtures.Survey("R1", Reach, new DateOnly(2016, 5, 31));

        var result = Fixtures.Match([survey], [Near, Farther], Boundaries, ("window", "season"), ("window-days", "1"));

        // 1 March is 91 days before the survey: outside one day, inside the season.
        Assert.Equal(new VariableSummary(6.0, 2, 0), Assert.Single(result.Matches).Values[DO]);
    }

    [Fact]
    public void Should_still_count_back_from_the_date_When_window_is_days()
    {
        var survey = Fixtures.Survey("R1", Reach, new DateOnly(2016, 6, 1));

        var result = Fixtures.Match([survey], [Near, Farther], Boundaries, ("window", "days"), ("window-days", "1"));

        // 31 May and 1 June: the days window crosses the season boundary.
        Assert.Equal(new VariableSummary(9.0, 2, 0), Assert.Single(result.Matches).Values[DO]);
    }

    private static WaterSample On(int year, int month, int day, double value) =>
        Fixtures.SampleOn(Near.Code, new DateOnly(year, month, day), DO, value);

    private static MatchResult Match(SurveyToMatch survey, IReadOnlyList<WaterSample> samples) =>
        Fixtures.Match([survey], [Near, Farther], samples, ("window", "season"));

    private static SurveyMatch MatchOne(SurveyToMatch survey, IReadOnlyList<WaterSample> samples)
    {
        var result = Match(survey, samples);

        Assert.Empty(result.Unmatched);

        return Assert.Single(result.Matches);
    }
}
