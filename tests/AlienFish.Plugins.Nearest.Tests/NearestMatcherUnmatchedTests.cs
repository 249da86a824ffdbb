using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

public sealed class NearestMatcherUnmatchedTests
{
    private const string Reach = "POINT (127.1 36.5)";

    private static readonly Station Near = Fixtures.Station("3008A50", "POINT (127.08 36.49)");

    private static readonly Station Farther = Fixtures.Station("3008A30", "POINT (127.13 36.52)");

    [Fact]
    public void Should_say_the_reach_has_no_coordinates_When_its_location_is_missing()
    {
        var survey = Fixtures.Survey("R1", "POINT EMPTY");

        var result = Fixtures.Match([survey], [Near], Fixtures.OneSampleEach(Near));

        Assert.Equal("reach has no coordinates", Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_say_the_reach_coordinates_are_not_degrees_When_they_are_off_the_globe()
    {
        var survey = Fixtures.Survey("R1", Reach);
        var swapped = survey with { Reach = survey.Reach with { Location = new GeoPoint(127.1, 36.5) } };

        var result = Fixtures.Match([swapped], [Near], Fixtures.OneSampleEach(Near));

        Assert.Equal(
            "reach coordinates (latitude 127.1, longitude 36.5) are not WGS84 degrees",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_say_the_survey_has_no_date_When_the_date_is_missing()
    {
        var survey = Fixtures.UndatedSurvey("R1", Reach);

        var result = Fixtures.Match([survey], [Near], Fixtures.OneSampleEach(Near));

        Assert.Equal("survey has no date", Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_name_the_nearest_station_and_its_distance_When_it_is_beyond_the_limit()
    {
        var station = Fixtures.Station("3009A10", "POINT (127.1 36.5658)");
        var reach = Fixtures.Point(Reach)!.Value;
        var metres = GroundReference.ShortDistanceMetres(reach, station.Location!.Value);

        var result = Fixtures.Match([Fixtures.Survey("R1", Reach)], [station], Fixtures.OneSampleEach(station));

        Assert.InRange(metres, 7_250.0, 7_349.0);
        Assert.Equal(
            "nearest station 3009A10 is 7.3 km away, beyond the 5 km limit",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_word_the_limit_as_set_When_max_distance_is_fractional()
    {
        var station = Fixtures.Station("3009A10", "POINT (127.1 36.5658)");

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", Reach)],
            [station],
            Fixtures.OneSampleEach(station),
            ("max-distance-km", "2.5"));

        Assert.Equal(
            "nearest station 3009A10 is 7.3 km away, beyond the 2.5 km limit",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_count_the_stations_tried_When_none_in_range_has_samples_in_the_window()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 61, Variables.DissolvedOxygen, 8.0),
            Fixtures.Sample(Farther.Code, -1, Variables.DissolvedOxygen, 8.0),
        ];

        var result = Fixtures.Match([Fixtures.Survey("R1", Reach)], [Near, Farther], samples);

        Assert.Equal(
            "no samples within 60 days before the survey at 2 stations within 5 km",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_say_one_station_and_the_window_set_When_a_single_station_has_no_samples()
    {
        WaterSample[] samples = [Fixtures.Sample(Near.Code, 31, Variables.DissolvedOxygen, 8.0)];

        var result = Fixtures.Match([Fixtures.Survey("R1", Reach)], [Near], samples, ("window-days", "30"));

        Assert.Equal(
            "no samples within 30 days before the survey at 1 station within 5 km",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_say_no_station_has_coordinates_When_every_station_lacks_them()
    {
        var station = Fixtures.Station("NOLOC", "POINT EMPTY");
        var survey = Fixtures.Survey("R1", Reach);

        var result = Fixtures.Match([survey], [station], Fixtures.OneSampleEach(station));

        Assert.Equal("no station has coordinates", Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_return_every_survey_once_in_input_order_When_reasons_are_mixed()
    {
        var beyond = Fixtures.Station("3009A10", "POINT (127.1 36.5658)");
        const string noSamples = "no samples within 60 days before the survey at 1 station within 5 km";
        SurveyToMatch[] surveys =
        [
            Fixtures.Survey("R1", Reach),
            Fixtures.Survey("R2", "POINT EMPTY"),
            Fixtures.UndatedSurvey("R3", Reach),
            Fixtures.Survey("R4", "POINT (127.1 36.6316)"),
            Fixtures.Survey("R5", Reach, Fixtures.SurveyDate.AddDays(200)),
            Fixtures.Survey("R1", Reach, round: 2),
        ];

        var result = Fixtures.Match(surveys, [Near, beyond], Fixtures.OneSampleEach(Near, beyond));

        Assert.Equal(surveys.Length, result.Matches.Count + result.Unmatched.Count);
        Assert.Equal(
            surveys.Select(s => s.Survey.Key.ToString()).Order(StringComparer.Ordinal),
            result.Matches.Select(m => m.Survey)
                .Concat(result.Unmatched.Select(u => u.Survey))
                .Select(k => k.ToString())
                .Order(StringComparer.Ordinal));
        Assert.Equal(
            [surveys[0].Survey.Key, surveys[5].Survey.Key],
            result.Matches.Select(m => m.Survey));
        Assert.Equal(
            [
                (surveys[1].Survey.Key, "reach has no coordinates"),
                (surveys[2].Survey.Key, "survey has no date"),
                (surveys[3].Survey.Key, "nearest station 3009A10 is 7.3 km away, beyond the 5 km limit"),
                (surveys[4].Survey.Key, noSamples),
            ],
            result.Unmatched.Select(u => (u.Survey, u.Reason)));
    }
}
