using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

public sealed class SameSiteMatcherTests
{
    private const string Reach = "POINT (127.1 36.5)";

    private const string DO = Variables.DissolvedOxygen;

    private const string TP = Variables.TotalPhosphorus;

    private static readonly Station Near = Fixtures.Station("3008A50", "POINT (127.08 36.49)");

    private static readonly Station Farther = Fixtures.Station("3008A30", "POINT (127.13 36.52)");

    private static readonly SurveyToMatch Survey = Fixtures.Survey("R1", Reach);

    /// <summary>Near measures DO, TP and BOD in the window; Farther measures TOC only.</summary>
    private static readonly WaterSample[] StationSamples =
    [
        Fixtures.Sample(Near.Code, 5, DO, 7.0),
        Fixtures.Sample(Near.Code, 5, TP, 0.3),
        Fixtures.Sample(Near.Code, 5, Variables.Bod, 2.2),
        Fixtures.Sample(Farther.Code, 5, Variables.TotalOrganicCarbon, 4.0),
    ];

    [Fact]
    public void Should_use_the_reach_values_and_name_the_reach_itself_When_chemistry_was_measured_there()
    {
        SiteChemistry[] site = [Fixtures.SiteValue(Survey, DO, 9.5), Fixtures.SiteValue(Survey, TP, 0.05)];

        var match = MatchOne(site);

        Assert.Equal(new Station(SameSiteMatcher.SiteNetwork, "R1", "reach R1", Survey.Reach.Location), match.Station);
        Assert.Equal("bio-fish-site", match.Station.Network);
        Assert.Equal(0.0, match.DistanceMetres);
        Assert.Equal(new VariableSummary(9.5, 1, 0), match.Values[DO]);
        Assert.Equal(new VariableSummary(0.05, 1, 0), match.Values[TP]);
    }

    [Fact]
    public void Should_take_the_missing_variables_from_the_nearest_station_When_the_reach_lacks_them()
    {
        SiteChemistry[] site = [Fixtures.SiteValue(Survey, DO, 9.5)];

        var match = MatchOne(site);

        // DO from the reach; TP and BOD from Near, the nearest station with samples. Farther's
        // TOC stays out with k = 1, as the nearest matcher would leave it.
        Assert.Equal([Variables.Bod, DO, TP], match.Values.Keys);
        Assert.Equal(new VariableSummary(9.5, 1, 0), match.Values[DO]);
        Assert.Equal(new VariableSummary(0.3, 1, 0), match.Values[TP]);
        Assert.Equal(new VariableSummary(2.2, 1, 0), match.Values[Variables.Bod]);
    }

    [Fact]
    public void Should_fall_back_with_the_nearest_settings_When_k_is_set()
    {
        SiteChemistry[] site = [Fixtures.SiteValue(Survey, DO, 9.5)];

        var match = MatchOne(site, ("k", "2"));

        Assert.Equal(new VariableSummary(4.0, 1, 0), match.Values[Variables.TotalOrganicCarbon]);
        Assert.Equal(new VariableSummary(9.5, 1, 0), match.Values[DO]);
    }

    [Fact]
    public void Should_use_half_a_known_limit_and_count_every_below_limit_value_When_the_reach_reports_them()
    {
        SiteChemistry[] site =
        [
            Fixtures.SiteValue(Survey, TP, 0.05),
            Fixtures.SiteValue(Survey, TP, null, ValueQualifier.BelowQuantification, 0.02),
            Fixtures.SiteValue(Survey, TP, null, ValueQualifier.BelowDetection),
        ];

        var summary = MatchOne(site).Values[TP];

        // 0.05 and half of 0.02 enter the mean; the value below an unknown limit does not.
        Assert.Equal((0.05 + 0.01) / 2.0, summary.Mean, 12);
        Assert.Equal(2, summary.Count);
        Assert.Equal(2, summary.BelowLimit);
    }

    [Fact]
    public void Should_take_the_station_value_When_the_reach_has_only_values_below_an_unknown_limit()
    {
        SiteChemistry[] site =
        [
            Fixtures.SiteValue(Survey, DO, 9.5),
            Fixtures.SiteValue(Survey, TP, null, ValueQualifier.BelowDetection),
            Fixtures.SiteValue(Survey, Variables.Ammonia, null, ValueQualifier.BelowDetection),
            Fixtures.SiteValue(Survey, Variables.Flow, 12.0, ValueQualifier.NotMeasured),
        ];

        var match = MatchOne(site);

        // No station has ammonia, so the reach's empty summary is kept; flow was not measured.
        var ammonia = match.Values[Variables.Ammonia];

        Assert.Equal(new VariableSummary(0.3, 1, 0), match.Values[TP]);
        Assert.True(double.IsNaN(ammonia.Mean));
        Assert.Equal((0, 1), (ammonia.Count, ammonia.BelowLimit));
        Assert.False(match.Values.ContainsKey(Variables.Flow));
    }

    [Fact]
    public void Should_match_from_the_reach_alone_When_no_station_is_in_range()
    {
        SiteChemistry[] site = [Fixtures.SiteValue(Survey, DO, 9.5)];
        var input = new MatchInput([Survey], [Fixtures.Station("3009A10", "POINT (127.1 36.5658)")], [], site);

        var result = Fixtures.MatchWith(new SameSiteMatcher(), input);

        var match = Assert.Single(result.Matches);

        Assert.Equal(SameSiteMatcher.SiteNetwork, match.Station.Network);
        Assert.Equal([DO], match.Values.Keys);
    }

    [Fact]
    public void Should_name_the_nearest_station_When_nothing_was_measured_at_the_reach()
    {
        var other = Fixtures.Survey("R1", Reach, round: 2);
        SiteChemistry[] site = [Fixtures.SiteValue(other, DO, 9.5)];
        var expectedMetres = GroundReference.ShortDistanceMetres(Survey.Reach.Location!.Value, Near.Location!.Value);

        var match = MatchOne(site);

        // The value belongs to round 2 of the reach, not to this survey.
        Assert.Equal(Near, match.Station);
        Assert.Equal(expectedMetres, match.DistanceMetres, GroundReference.ToleranceMetres);
        Assert.Equal(new VariableSummary(7.0, 1, 0), match.Values[DO]);
    }

    [Fact]
    public void Should_name_both_sources_When_neither_the_reach_nor_a_station_gives_values()
    {
        var input = new MatchInput([Survey], [Fixtures.Station("3009A10", "POINT (127.1 36.5658)")], [], []);

        var result = Fixtures.MatchWith(new SameSiteMatcher(), input);

        Assert.Equal(
            "no chemistry measured at the reach, and no station to fall back on: "
            + "nearest station 3009A10 is 7.3 km away, beyond the 5 km limit",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_match_an_undated_survey_from_its_reach_When_the_days_window_cannot()
    {
        var undated = Fixtures.UndatedSurvey("R1", Reach);
        var input = new MatchInput([undated], [Near], StationSamples, [Fixtures.SiteValue(undated, DO, 9.5)]);
        var without = input with { SiteChemistry = [] };

        var result = Fixtures.MatchWith(new SameSiteMatcher(), input);
        var unmatched = Fixtures.MatchWith(new SameSiteMatcher(), without);

        Assert.Equal([DO], Assert.Single(result.Matches).Values.Keys);
        Assert.Equal(
            "no chemistry measured at the reach, and no station to fall back on: survey has no date",
            Assert.Single(unmatched.Unmatched).Reason);
    }

    [Fact]
    public void Should_warn_in_its_own_name_When_a_setting_is_unknown()
    {
        var input = new MatchInput([Survey], [Near], StationSamples, []);

        var result = Fixtures.MatchWith(new SameSiteMatcher(), input, ("radius", "3"));

        var warning = Assert.Single(result.Diagnostics, Fixtures.IsAboutData);

        Assert.Equal("same-site.unknown-setting", warning.Code);
        Assert.Equal(
            "setting 'radius' is not used by the same-site matcher, "
            + "which reads max-distance-km, window-days, window, k, weighting, idw-power and distance",
            warning.Message);
    }

    [Fact]
    public void Should_present_itself_as_the_same_site_matcher_When_created()
    {
        IFishdensPlugin matcher = new SameSiteMatcher();

        Assert.Equal("same-site", matcher.Name);
        Assert.Equal(PluginKind.Matcher, matcher.Kind);
        Assert.Equal(
            "Gives each survey the chemistry measured at its own reach and, for the variables the reach "
            + "lacks, the nearest matcher's station means with the same settings.",
            matcher.Description);
    }

    private static SurveyMatch MatchOne(IReadOnlyList<SiteChemistry> site, params (string, string)[] settings)
    {
        var input = new MatchInput([Survey], [Near, Farther], StationSamples, site);

        var result = Fixtures.MatchWith(new SameSiteMatcher(), input, settings);

        Assert.Empty(result.Unmatched);

        return Assert.Single(result.Matches);
    }
}
