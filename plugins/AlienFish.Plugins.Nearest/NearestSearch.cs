using System.Diagnostics.CodeAnalysis;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// The work of the nearest matcher for one run: the station index, the samples by station and
/// the settings, ready to match survey after survey. The same-site matcher falls back on it.
/// </summary>
internal sealed class NearestSearch
{
    private readonly StationIndex _index;

    private readonly StationSamples _samples;

    private readonly NearestSettings _options;

    /// <param name="diagnostics">Receives one diagnostic per kind of station left out.</param>
    public NearestSearch(MatchInput input, NearestSettings options, List<Diagnostic> diagnostics)
    {
        _options = options;
        _index = new StationIndex(
            LocatedStations(input.Stations, diagnostics), new KoreaCentralBelt(), options.MaxDistanceMetres,
            options.Distance);
        _samples = new StationSamples(input.Samples);
    }

    public bool TryMatch(
        SurveyToMatch survey,
        [NotNullWhen(true)] out SurveyMatch? match,
        [NotNullWhen(false)] out string? reason)
    {
        match = null;

        if (!TryPrepare(survey, out var location, out var window, out reason))
        {
            return false;
        }

        var inRange = _index.WithinRange(location, _options.MaxDistanceMetres);

        if (inRange.Count == 0)
        {
            var nearest = _index.Nearest(location);

            reason = nearest is { } found
                ? UnmatchedReasons.BeyondLimit(found, _options.MaxDistanceKm)
                : UnmatchedReasons.NoStationHasCoordinates;

            return false;
        }

        var used = StationsWithSamples(inRange, window);

        if (used.Count == 0)
        {
            reason = UnmatchedReasons.NoSamplesInWindow(window.Phrase, inRange.Count, _options.MaxDistanceKm);

            return false;
        }

        var values = StationBlend.Combine(used, _options);

        match = new SurveyMatch(survey.Survey.Key, used[0].Station, used[0].Metres, values);

        return true;
    }

    /// <summary>The first k stations, nearest first, with something to average in the window.</summary>
    private List<StationWindow> StationsWithSamples(IReadOnlyList<StationDistance> inRange, SampleWindow window)
    {
        var used = new List<StationWindow>();

        foreach (var candidate in inRange)
        {
            if (_samples.Summarise(candidate.Station, window.First, window.Last) is { } values)
            {
                used.Add(new StationWindow(candidate.Station, candidate.Metres, values));
            }

            if (used.Count == _options.StationCount)
            {
                break;
            }
        }

        return used;
    }

    private bool TryPrepare(
        SurveyToMatch survey,
        out GeoPoint location,
        [NotNullWhen(true)] out SampleWindow? window,
        [NotNullWhen(false)] out string? reason)
    {
        location = default;
        window = null;

        if (survey.Reach.Location is not { } point)
        {
            reason = UnmatchedReasons.ReachHasNoCoordinates;

            return false;
        }

        if (!IsWgs84(point))
        {
            reason = UnmatchedReasons.ReachCoordinatesInvalid(point);

            return false;
        }

        location = point;

        return SampleWindow.TryFor(survey.Survey, _options, out window, out reason);
    }

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
