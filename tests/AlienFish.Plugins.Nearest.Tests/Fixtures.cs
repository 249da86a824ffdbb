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

    private static readonly WKTReader Reader = new();

    private static readonly SourceLocation Origin = new("fixture.csv", null, 2, null);

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
}
