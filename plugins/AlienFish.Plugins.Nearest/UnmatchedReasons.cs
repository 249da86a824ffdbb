using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>The wording of every reason the matchers of this assembly give for leaving a survey unmatched.</summary>
internal static class UnmatchedReasons
{
    public const string ReachHasNoCoordinates = "reach has no coordinates";

    public const string SurveyHasNoDate = "survey has no date";

    public const string NoStationHasCoordinates = "no station has coordinates";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string ReachCoordinatesInvalid(GeoPoint location) =>
        string.Format(
            Invariant,
            "reach coordinates (latitude {0}, longitude {1}) are not WGS84 degrees",
            location.Latitude,
            location.Longitude);

    public static string BeyondLimit(StationDistance nearest, double limitKm) =>
        $"nearest station {nearest.Station.Code} is {Kilometres(nearest.Metres, limitKm)} km away, "
        + $"beyond the {Limit(limitKm)} km limit";

    /// <param name="window">How the window reads in a sentence, e.g. "within 60 days before the survey".</param>
    public static string NoSamplesInWindow(string window, int stations, double limitKm) =>
        string.Format(
            Invariant,
            "no samples {0} at {1} {2} within {3} km",
            window,
            stations,
            stations == 1 ? "station" : "stations",
            Limit(limitKm));

    public static string RoundHasNoSeason(int round) =>
        string.Format(
            Invariant,
            "survey has no date, and round {0} names no season (round 1 is spring, round 2 autumn)",
            round);

    /// <summary>The same-site matcher's reason: nothing at the reach, and why no station helped.</summary>
    public static string NothingAtReachOrStations(string stationReason) =>
        "no chemistry measured at the reach, and no station to fall back on: " + stationReason;

    private static string Limit(double limitKm) => limitKm.ToString("0.###", Invariant);

    private static string Kilometres(double metres, double limitKm)
    {
        var kilometres = metres / 1000.0;

        // One decimal reads best, but "5.0 km away, beyond the 5 km limit" would look like a
        // contradiction; show metres' precision when one decimal does not clear the limit.
        return Math.Round(kilometres, 1) > limitKm
            ? kilometres.ToString("0.0", Invariant)
            : kilometres.ToString("0.000", Invariant);
    }
}
