using System.Reflection;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

public sealed class NearestMatcherSettingsTests
{
    [Theory]
    [InlineData("max-distance-km", "0", "not a distance in kilometres greater than zero")]
    [InlineData("max-distance-km", "-2", "not a distance in kilometres greater than zero")]
    [InlineData("max-distance-km", "five", "not a number")]
    [InlineData("max-distance-km", "NaN", "not a number")]
    [InlineData("window-days", "0", "not a whole number of days greater than zero")]
    [InlineData("window-days", "-60", "not a whole number of days greater than zero")]
    [InlineData("window-days", "6.5", "not a whole number")]
    public void Should_name_the_key_and_value_When_a_setting_is_invalid(
        string key,
        string value,
        string expected)
    {
        var error = Assert.Throws<PluginSettingException>(() => MatchWith((key, value)));

        Assert.Equal(key, error.Key);
        Assert.Equal(
            $"setting '{key}' has the value '{value}', which is {expected}; give it as --set {key}=VALUE",
            error.Message);
    }

    [Theory]
    [InlineData("k", "0", "not a whole number of stations, 1 or more")]
    [InlineData("k", "-1", "not a whole number of stations, 1 or more")]
    [InlineData("k", "2.5", "not a whole number")]
    [InlineData("idw-power", "0", "not a power greater than zero")]
    [InlineData("idw-power", "-2", "not a power greater than zero")]
    [InlineData("idw-power", "square", "not a number")]
    [InlineData("window", "month", "not days or season")]
    [InlineData("window", "", "not days or season")]
    [InlineData("weighting", "kriging", "not none or idw")]
    [InlineData("distance", "manhattan", "not ground or plane")]
    public void Should_name_the_key_and_value_When_a_matching_choice_is_invalid(
        string key,
        string value,
        string expected)
    {
        var error = Assert.Throws<PluginSettingException>(() => MatchWith((key, value)));

        Assert.Equal(key, error.Key);
        Assert.Equal(
            $"setting '{key}' has the value '{value}', which is {expected}; give it as --set {key}=VALUE",
            error.Message);
    }

    [Fact]
    public void Should_check_its_settings_like_the_nearest_matcher_When_it_is_the_same_site_matcher()
    {
        var input = new MatchInput([Fixtures.Survey("R1", "POINT (127.1 36.5)")], [], [], []);
        var settings = new PluginSettings(new Dictionary<string, string> { ["k"] = "0" });

        var error = Assert.Throws<PluginSettingException>(
            () => new SameSiteMatcher().Match(input, settings, CancellationToken.None));

        Assert.Equal(
            "setting 'k' has the value '0', which is not a whole number of stations, 1 or more; "
            + "give it as --set k=VALUE",
            error.Message);
    }

    [Theory]
    [InlineData("SEASON", "IDW", "no samples in summer 2016 (2016-06-01 to 2016-08-31) at 1 station within 5 km")]
    [InlineData(" days ", "none", null)]
    public void Should_accept_choices_in_any_case_When_they_name_a_known_one(
        string window,
        string weighting,
        string? expectedReason)
    {
        var result = MatchWith(("window", window), ("weighting", weighting), ("k", "3"), ("idw-power", "1.5"));

        // The only sample, 24 May, is in the days window of a 1 June survey but not in its summer.
        Assert.DoesNotContain(result.Diagnostics, Fixtures.IsAboutData);
        Assert.Equal(expectedReason, result.Unmatched.SingleOrDefault()?.Reason);
        Assert.Equal(expectedReason is null ? 1 : 0, result.Matches.Count);
    }

    [Fact]
    public void Should_warn_about_a_setting_it_does_not_know_When_one_is_given()
    {
        var result = MatchWith(("max-distance", "10"));

        var diagnostic = Assert.Single(result.Diagnostics, Fixtures.IsAboutData);

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "setting 'max-distance' is not used by the nearest matcher, "
            + "which reads max-distance-km, window-days, window, k, weighting, idw-power and distance",
            diagnostic.Message);
    }

    [Fact]
    public void Should_accept_settings_written_with_the_invariant_culture_When_they_are_valid()
    {
        var result = MatchWith(("max-distance-km", "0.5"), ("window-days", "7"));

        Assert.DoesNotContain(result.Diagnostics, Fixtures.IsAboutData);
        Assert.Equal(
            "no samples within 7 days before the survey at 1 station within 0.5 km",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_present_itself_as_the_nearest_matcher_When_the_host_loads_it()
    {
        var attribute = Assert.Single(
            typeof(NearestMatcher).Assembly.GetCustomAttributes<FishdensPluginAttribute>(),
            a => a.EntryType == typeof(NearestMatcher));
        var matcher = (IFishdensPlugin)Activator.CreateInstance(attribute.EntryType)!;

        Assert.Equal(typeof(NearestMatcher), attribute.EntryType);
        Assert.Equal(PluginContract.Version, attribute.ContractVersion);
        Assert.Equal("nearest", matcher.Name);
        Assert.Equal(PluginKind.Matcher, matcher.Kind);
        Assert.Equal(
            "Gives each survey the nearest station within max-distance-km (default 5) and each "
            + "variable's mean over the window-days (default 60) days before the survey, "
            + "the survey date and the first day of the window both included.",
            matcher.Description);
    }

    private static MatchResult MatchWith(params (string Key, string Value)[] settings)
    {
        // A station 300 m away whose only sample is 8 days old: in range of any limit tested.
        var station = Fixtures.Station("3008A50", "POINT (127.1 36.5027)");
        WaterSample[] samples = [Fixtures.Sample(station.Code, 8, Variables.DissolvedOxygen, 9.0)];

        return Fixtures.Match([Fixtures.Survey("R1", "POINT (127.1 36.5)")], [station], samples, settings);
    }
}
