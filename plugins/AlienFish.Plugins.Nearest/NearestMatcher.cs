using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// Gives each fish survey the nearest water-quality station within a distance limit and,
/// for every variable, the mean of that station's samples over a window before the survey.
/// </summary>
/// <remarks>
/// <para>
/// Distances are ground distances on the GRS80 ellipsoid in metres. Stations are searched
/// in an index of their EPSG:5186 (Korea 2000 / Central Belt 2010) positions and every
/// candidate is then measured on the ellipsoid. Stations without coordinates take no part
/// and are reported in one diagnostic. Equally distant stations are taken in order of code.
/// </para>
/// <para>
/// The window runs from <c>window-days</c> days before the survey date to the survey date,
/// both days included: with the default of 60, a survey on 1 June uses samples from 2 April
/// to 1 June. When the nearest station has nothing to average in the window, the next
/// nearest within the limit is tried, and so on.
/// </para>
/// <para>
/// Samples below a limit (<see cref="ValueQualifier.BelowQuantification"/>,
/// <see cref="ValueQualifier.BelowDetection"/>) enter the mean as half their limit when the
/// limit is known and are left out of it when it is not; either way they are counted in
/// <see cref="VariableSummary.BelowLimit"/>, and <see cref="VariableSummary.Count"/> counts
/// every value that entered the mean, halved limits included. A variable whose only samples
/// are below an unknown limit has a mean of NaN and a count of zero. Samples marked
/// <see cref="ValueQualifier.NotMeasured"/>, and plain samples without a value, are ignored.
/// Chemistry measured at the reach itself is not used by this matcher.
/// </para>
/// </remarks>
public sealed class NearestMatcher : IMatcher
{
    /// <summary>The greatest distance, in kilometres, from a reach to the station it gets.</summary>
    public const string MaxDistanceSetting = "max-distance-km";

    /// <summary>How many days before the survey date the sample window reaches back.</summary>
    public const string WindowDaysSetting = "window-days";

    public const double DefaultMaxDistanceKm = 5.0;

    public const int DefaultWindowDays = 60;

    public string Name => "nearest";

    public string Description =>
        $"Gives each survey the nearest station within {MaxDistanceSetting} "
        + $"(default {DefaultMaxDistanceKm.ToString(CultureInfo.InvariantCulture)}) and each "
        + $"variable's mean over the {WindowDaysSetting} (default {DefaultWindowDays}) days "
        + "before the survey, the survey date and the first day of the window both included.";

    public PluginKind Kind => PluginKind.Matcher;

    public MatchResult Match(MatchInput input, PluginSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);

        var options = NearestSettings.Read(settings);
        var diagnostics = NearestSettings.UnknownKeys(settings).ToList();

        var located = LocatedStations(input.Stations, diagnostics);
        var index = new StationIndex(located, new KoreaCentralBelt());
        var samples = new StationSamples(input.Samples);

        var matches = new List<SurveyMatch>();
        var unmatched = new List<UnmatchedSurvey>();

        foreach (var survey in input.Surveys)
        {
            cancellationToken.ThrowIfCancellationRequested();

            if (TryMatch(survey, index, samples, options, out var match, out var reason))
            {
                matches.Add(match);
            }
            else
            {
                unmatched.Add(new UnmatchedSurvey(survey.Survey.Key, reason));
            }
        }

        return new MatchResult(matches, unmatched, diagnostics);
    }

    private static bool TryMatch(
        SurveyToMatch survey,
        StationIndex index,
        StationSamples samples,
        NearestSettings options,
        [NotNullWhen(true)] out SurveyMatch? match,
        [NotNullWhen(false)] out string? reason)
    {
        match = null;
        reason = Precondition(survey);

        if (reason is not null)
        {
            return false;
        }

        var location = survey.Reach.Location!.Value;
        var date = survey.Survey.Date!.Value;
        var inRange = index.WithinRange(location, options.MaxDistanceMetres);

        if (inRange.Count == 0)
        {
            var nearest = index.Nearest(location);

            reason = nearest is { } found
                ? UnmatchedReasons.BeyondLimit(found, options.MaxDistanceKm)
                : UnmatchedReasons.NoStationHasCoordinates;

            return false;
        }

        var first = WindowStart(date, options.WindowDays);

        foreach (var candidate in inRange)
        {
            var values = samples.Summarise(candidate.Station, first, date);

            if (values is not null)
            {
                match = new SurveyMatch(survey.Survey.Key, candidate.Station, candidate.Metres, values);

                return true;
            }
        }

        reason = UnmatchedReasons.NoSamplesInWindow(options.WindowDays, inRange.Count, options.MaxDistanceKm);

        return false;
    }

    private static string? Precondition(SurveyToMatch survey)
    {
        if (survey.Reach.Location is not { } location)
        {
            return UnmatchedReasons.ReachHasNoCoordinates;
        }

        if (!IsWgs84(location))
        {
            return UnmatchedReasons.ReachCoordinatesInvalid(location);
        }

        // A window needs an end; guessing one from the season would blur what was measured.
        return survey.Survey.Date is null ? UnmatchedReasons.SurveyHasNoDate : null;
    }

    private static DateOnly WindowStart(DateOnly surveyDate, int windowDays) =>
        surveyDate.DayNumber > windowDays
            ? surveyDate.AddDays(-windowDays)
            : DateOnly.MinValue;

    private static List<Station> LocatedStations(
        IReadOnlyList<Station> stations,
        List<Diagnostic> diagnostics)
    {
        var withoutLocation = stations.Count(s => s.Location is null);
        var invalid = stations.Where(s => s.Location is { } l && !IsWgs84(l)).ToList();

        if (withoutLocation > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                "nearest.station-without-coordinates",
                $"{withoutLocation} of {stations.Count} stations {HaveOrHas(withoutLocation)} "
                + $"no coordinates and {WereOrWas(withoutLocation)} left out of matching"));
        }

        if (invalid.Count > 0)
        {
            var codes = string.Join(", ", invalid.Select(s => s.Code).Order(StringComparer.Ordinal).Take(5));
            var more = invalid.Count > 5 ? ", ..." : "";

            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                "nearest.station-invalid-coordinates",
                $"{Stations(invalid.Count)} {HaveOrHas(invalid.Count)} coordinates that are not "
                + $"WGS84 degrees and {WereOrWas(invalid.Count)} left out of matching: {codes}{more}"));
        }

        return stations.Where(s => s.Location is { } l && IsWgs84(l)).ToList();
    }

    private static string Stations(int count) => count == 1 ? "1 station" : $"{count} stations";

    private static string HaveOrHas(int count) => count == 1 ? "has" : "have";

    private static string WereOrWas(int count) => count == 1 ? "was" : "were";

    private static bool IsWgs84(GeoPoint point) =>
        double.IsFinite(point.Latitude)
        && double.IsFinite(point.Longitude)
        && Math.Abs(point.Latitude) <= 90.0
        && Math.Abs(point.Longitude) <= 180.0;
}
