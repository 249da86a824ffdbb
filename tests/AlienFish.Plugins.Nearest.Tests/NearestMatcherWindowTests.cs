using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

public sealed class NearestMatcherWindowTests
{
    private const string Reach = "POINT (127.1 36.5)";

    private const string TP = Variables.TotalPhosphorus;

    private static readonly Station Near = Fixtures.Station("3008A50", "POINT (127.08 36.49)");

    private static readonly Station Farther = Fixtures.Station("3008A30", "POINT (127.13 36.52)");

    [Fact]
    public void Should_average_from_day_60_before_to_the_survey_date_When_window_is_the_default()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, -1, Variables.DissolvedOxygen, 200.0),
            Fixtures.Sample(Near.Code, 0, Variables.DissolvedOxygen, 10.0),
            Fixtures.Sample(Near.Code, 30, Variables.DissolvedOxygen, 8.0),
            Fixtures.Sample(Near.Code, 60, Variables.DissolvedOxygen, 6.0),
            Fixtures.Sample(Near.Code, 61, Variables.DissolvedOxygen, 100.0),
        ];

        var values = MatchOne(samples).Values;

        // The day after the survey (200) and day 61 before it (100) fall outside.
        Assert.Equal(new VariableSummary((10.0 + 8.0 + 6.0) / 3.0, 3, 0), values[Variables.DissolvedOxygen]);
    }

    [Fact]
    public void Should_average_only_the_last_30_days_When_window_days_is_30()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 0, Variables.DissolvedOxygen, 10.0),
            Fixtures.Sample(Near.Code, 30, Variables.DissolvedOxygen, 7.0),
            Fixtures.Sample(Near.Code, 31, Variables.DissolvedOxygen, 100.0),
        ];

        var values = MatchOne(samples, ("window-days", "30")).Values;

        Assert.Equal(new VariableSummary(8.5, 2, 0), values[Variables.DissolvedOxygen]);
    }

    [Fact]
    public void Should_keep_each_variable_apart_When_several_are_measured()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 5, Variables.Bod, 1.5),
            Fixtures.Sample(Near.Code, 5, Variables.WaterTemperature, 21.0),
            Fixtures.Sample(Near.Code, 35, Variables.Bod, 2.5),
            Fixtures.Sample(Near.Code, 35, Variables.WaterTemperature, 17.0),
        ];

        var values = MatchOne(samples).Values;

        Assert.Equal([Variables.Bod, Variables.WaterTemperature], values.Keys);
        Assert.Equal(new VariableSummary(2.0, 2, 0), values[Variables.Bod]);
        Assert.Equal(new VariableSummary(19.0, 2, 0), values[Variables.WaterTemperature]);
    }

    [Fact]
    public void Should_use_half_the_limit_When_a_below_limit_sample_gives_its_limit()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 3, Variables.TotalPhosphorus, 0.1),
            Fixtures.Sample(Near.Code, 20, TP, null, ValueQualifier.BelowQuantification, 0.02),
            Fixtures.Sample(Near.Code, 40, TP, null, ValueQualifier.BelowDetection, 0.005),
        ];

        var values = MatchOne(samples).Values;

        var summary = values[Variables.TotalPhosphorus];

        Assert.Equal((0.1 + 0.01 + 0.0025) / 3.0, summary.Mean, 12);
        Assert.Equal(3, summary.Count);
        Assert.Equal(2, summary.BelowLimit);
    }

    [Fact]
    public void Should_leave_a_below_limit_sample_out_of_the_mean_but_count_it_When_its_limit_is_unknown()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 3, Variables.TotalPhosphorus, 0.1),
            Fixtures.Sample(Near.Code, 9, Variables.TotalPhosphorus, 0.3),
            Fixtures.Sample(Near.Code, 20, Variables.TotalPhosphorus, null, ValueQualifier.BelowDetection),
        ];

        var values = MatchOne(samples).Values;

        var summary = values[Variables.TotalPhosphorus];

        Assert.Equal(0.2, summary.Mean, 12);
        Assert.Equal(2, summary.Count);
        Assert.Equal(1, summary.BelowLimit);
    }

    [Fact]
    public void Should_give_a_NaN_mean_When_a_variable_has_only_samples_below_an_unknown_limit()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 3, Variables.DissolvedOxygen, 9.0),
            Fixtures.Sample(Near.Code, 3, Variables.Ammonia, null, ValueQualifier.BelowQuantification),
        ];

        var values = MatchOne(samples).Values;

        var ammonia = values[Variables.Ammonia];

        Assert.True(double.IsNaN(ammonia.Mean));
        Assert.Equal(0, ammonia.Count);
        Assert.Equal(1, ammonia.BelowLimit);
    }

    [Fact]
    public void Should_ignore_not_measured_samples_When_summarising()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 3, Variables.DissolvedOxygen, 9.0),
            Fixtures.Sample(Near.Code, 4, Variables.DissolvedOxygen, 55.0, ValueQualifier.NotMeasured),
            Fixtures.Sample(Near.Code, 4, Variables.Flow, null, ValueQualifier.NotMeasured),
        ];

        var values = MatchOne(samples).Values;

        Assert.Equal([Variables.DissolvedOxygen], values.Keys);
        Assert.Equal(new VariableSummary(9.0, 1, 0), values[Variables.DissolvedOxygen]);
    }

    [Fact]
    public void Should_use_only_the_matched_stations_samples_When_others_share_its_code_or_window()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 3, Variables.DissolvedOxygen, 9.0),
            Fixtures.Sample(Near.Code, 3, Variables.DissolvedOxygen, 50.0, network: Networks.TotalLoad),
            Fixtures.Sample(Farther.Code, 3, Variables.DissolvedOxygen, 70.0),
        ];

        var values = MatchOne(samples).Values;

        Assert.Equal(new VariableSummary(9.0, 1, 0), values[Variables.DissolvedOxygen]);
    }

    [Fact]
    public void Should_take_the_next_nearest_station_When_the_nearest_has_no_samples_in_the_window()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 61, Variables.DissolvedOxygen, 100.0),
            Fixtures.Sample(Farther.Code, 12, Variables.DissolvedOxygen, 7.5),
        ];
        var expectedMetres = GroundReference.ShortDistanceMetres(
            Fixtures.Point(Reach)!.Value,
            Farther.Location!.Value);

        var match = MatchOne(samples);

        Assert.Equal(Farther.Code, match.Station.Code);
        Assert.Equal(expectedMetres, match.DistanceMetres, GroundReference.ToleranceMetres);
        Assert.Equal(new VariableSummary(7.5, 1, 0), match.Values[Variables.DissolvedOxygen]);
    }

    [Fact]
    public void Should_pass_over_the_nearest_station_When_its_window_has_nothing_to_average()
    {
        WaterSample[] samples =
        [
            Fixtures.Sample(Near.Code, 2, Variables.Flow, null, ValueQualifier.NotMeasured),
            Fixtures.Sample(Near.Code, 2, Variables.TotalPhosphorus, null, ValueQualifier.BelowDetection),
            Fixtures.Sample(Farther.Code, 12, Variables.TotalPhosphorus, 0.04),
        ];

        var match = MatchOne(samples);

        Assert.Equal(Farther.Code, match.Station.Code);
        Assert.Equal(new VariableSummary(0.04, 1, 0), match.Values[Variables.TotalPhosphorus]);
    }

    [Fact]
    public void Should_take_the_other_code_When_the_lower_code_at_a_shared_point_has_no_samples()
    {
        Station[] stations =
        [
            Fixtures.Station("3009A10", "POINT (127.12 36.5)"),
            Fixtures.Station("3009B20", "POINT (127.12 36.5)"),
        ];
        WaterSample[] samples = [Fixtures.Sample("3009B20", 1, Variables.DissolvedOxygen, 8.0)];

        var result = Fixtures.Match([Fixtures.Survey("R1", Reach)], stations, samples);

        Assert.Equal("3009B20", Assert.Single(result.Matches).Station.Code);
    }

    private static SurveyMatch MatchOne(
        IReadOnlyList<WaterSample> samples,
        params (string, string)[] settings)
    {
        var result = Fixtures.Match([Fixtures.Survey("R1", Reach)], [Near, Farther], samples, settings);

        Assert.Empty(result.Unmatched);

        return Assert.Single(result.Matches);
    }
}
