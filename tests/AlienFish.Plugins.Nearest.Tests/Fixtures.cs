using AlienFish.Abstractions;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace AlienFish.Plugins.Nearest.Tests;

/// <summary>
/// Builds surveys, stations and samples for the tests. Positions are WKT points with the
/// longitude first, as GIS tools write them; <c>POINT EMPTY</c> means no coordinates.
/// </summary>
internal static class Fixtures
{
    public static readonly DateOnly SurveyDate = new(2016, 6, 1);

    /// <summary>The code of the distance summary every run ends with.</summary>
    public const string DistanceDistributionCode = "nearest.distance-distribution";

    private static readonly WKTReader Reader = new();

    private static readonly SourceLocation Origin = new("fixture.csv", null, 2, null);

    /// <summary>
    /// True for a diagnostic about the data, false for the distance summary that ends every run,
    /// so tests about data problems see only those.
    /// </summary>
    public static bool IsAboutData(Diagnostic diagnostic) =>
        !diagnostic.Code.EndsWith(".distance-distribution", StringComparison.Ordinal);

    public static GeoPoint? Point(string wkt)
    {
        var point = (Point)Reader.Read(wkt);

        return point.IsEmpty ? null : new GeoPoint(point.Y, point.X);
    }

    public static Station Station(string code, string wkt, string network = Networks.WaterQuality) =>
        new(network, code, "station " + code, Point(wkt));

    public static SurveyToMatch Survey(string reachCode, string wkt, DateOnly? date = null, int round = 1)
    {
        var key = new SurveyKey(Networks.BioFish, reachCode, 2016, round);
        var survey = new FishSurvey(key, date ?? SurveyDate, 60.0, "cast net", null, Origin);
        var reach = new SurveyReach(Networks.BioFish, reachCode, "reach " + reachCode, Point(wkt));

        return new SurveyToMatch(survey, reach);
    }

    public static SurveyToMatch UndatedSurvey(string reachCode, string wkt)
    {
        var dated = Survey(reachCode, wkt);

        return dated with { Survey = dated.Survey with { Date = null } };
    }

    /// <summary>A sample <paramref name="daysBefore"/> days before <see cref="SurveyDate"/>.</summary>
    public static WaterSample Sample(
        string stationCode,
        int daysBefore,
        string variable,
        double? value,
        ValueQualifier qualifier = ValueQualifier.None,
        double? limit = null,
        string network = Networks.WaterQuality) =>
        new(
            network,
            stationCode,
            SurveyDate.AddDays(-daysBefore),
            "1회차",
            null,
            variable,
            value,
            "mg/L",
            qualifier,
            limit,
            value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Origin);

    /// <summary>One plain sample per station in the window, so distance alone decides.</summary>
    public static IReadOnlyList<WaterSample> OneSampleEach(params Station[] stations) =>
        stations.Select(s => Sample(s.Code, 10, Variables.DissolvedOxygen, 9.0, network: s.Network)).ToList();

    /// <summary>A plain sample on a given day, for windows that are not counted back from the survey.</summary>
    public static WaterSample SampleOn(string stationCode, DateOnly date, string variable, double value) =>
        Sample(stationCode, SurveyDate.DayNumber - date.DayNumber, variable, value);

    /// <summary>A value measured at the reach of <paramref name="survey"/> itself.</summary>
    public static SiteChemistry SiteValue(
        SurveyToMatch survey,
        string variable,
        double? value,
        ValueQualifier qualifier = ValueQualifier.None,
        double? limit = null) =>
        new(survey.Survey.Key, variable, value, "mg/L", qualifier, RawText(value), Origin) { Limit = limit };

    /// <summary>Runs any matcher of the assembly on the whole input.</summary>
    public static MatchResult MatchWith(
        IMatcher matcher,
        MatchInput input,
        params (string Key, string Value)[] settings)
    {
        var values = settings.ToDictionary(s => s.Key, s => s.Value);

        return matcher.Match(input, new PluginSettings(values), CancellationToken.None);
    }

    public static MatchResult Match(
        IReadOnlyList<SurveyToMatch> surveys,
        IReadOnlyList<Station> stations,
        IReadOnlyList<WaterSample> samples,
        params (string Key, string Value)[] settings)
    {
        var input = new MatchInput(surveys, stations, samples, []);
        var values = settings.ToDictionary(s => s.Key, s => s.Value);

        return new NearestMatcher().Match(input, new PluginSettings(values), CancellationToken.None);
    }

    private static string RawText(double? value) =>
        value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
