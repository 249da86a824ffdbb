using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// Gives each fish survey the nearest water-quality stations within a distance limit and,
/// for every variable, the mean of those stations' samples over a window around the survey.
/// </summary>
/// <remarks>
/// <para>
/// Distances are ground distances on the GRS80 ellipsoid in metres. Stations are searched
/// in an index of their EPSG:5186 (Korea 2000 / Central Belt 2010) positions and every
/// candidate is then measured on the ellipsoid. Stations without coordinates take no part
/// and are reported in one diagnostic. Equally distant stations are taken in order of code.
/// </para>
/// <para>
/// With the default <c>window=days</c> the window runs from <c>window-days</c> days before
/// the survey date to the survey date, both days included: with the default of 60, a survey
/// on 1 June uses samples from 2 April to 1 June, and a survey without a date is unmatched.
/// With <c>window=season</c> it is the whole season of the survey date (spring March to May,
/// summer June to August, autumn September to November, winter December to February across
/// the change of year), days after the survey included; a survey without a date takes the
/// season of its round in its year, round 1 spring and round 2 autumn.
/// </para>
/// <para>
/// The matcher uses the <c>k</c> nearest stations within the limit that have something to
/// average in the window (default 1): a station with nothing is passed over for the next
/// nearest, and fewer than k are used when fewer have samples. <see cref="SurveyMatch.Station"/>
/// and <see cref="SurveyMatch.DistanceMetres"/> name the nearest station used. How several
/// stations combine, with <c>weighting=none</c> or <c>weighting=idw</c>, is told in
/// <see cref="StationBlend"/>: per variable, only the stations that have it take part.
/// </para>
/// <para>
/// Samples below a limit (<see cref="ValueQualifier.BelowQuantification"/>,
/// <see cref="ValueQualifier.BelowDetection"/>) enter the mean as half their limit when the
/// limit is known and are left out of it when it is not; either way they are counted in
/// <see cref="VariableSummary.BelowLimit"/>, and <see cref="VariableSummary.Count"/> counts
/// every value that entered the mean, halved limits included. A variable whose only samples
/// are below an unknown limit has a mean of NaN and a count of zero. Samples marked
/// <see cref="ValueQualifier.NotMeasured"/>, and plain samples without a value, are ignored.
/// Chemistry measured at the reach itself is not used by this matcher; see
/// <see cref="SameSiteMatcher"/>.
/// </para>
/// <para>
/// Every run ends with an Info diagnostic that summarises the distances of the matched
/// surveys (see <see cref="DistanceDistribution"/>).
/// </para>
/// </remarks>
public sealed class NearestMatcher : IMatcher
{
    /// <summary>The greatest distance, in kilometres, from a reach to the stations it gets.</summary>
    public const string MaxDistanceSetting = "max-distance-km";

    /// <summary>How many days before the survey date the <c>days</c> window reaches back.</summary>
    public const string WindowDaysSetting = "window-days";

    /// <summary><c>days</c> or <c>season</c>: which samples describe a survey.</summary>
    public const string WindowSetting = "window";

    /// <summary>How many stations with samples in the window a survey gets.</summary>
    public const string StationCountSetting = "k";

    /// <summary><c>none</c> or <c>idw</c>: how the means of several stations combine.</summary>
    public const string WeightingSetting = "weighting";

    /// <summary>The power of the distance in inverse-distance weighting.</summary>
    public const string IdwPowerSetting = "idw-power";

    /// <summary>
    /// <c>ground</c> (the default: on the GRS80 ellipsoid) or <c>plane</c> (straight lines on
    /// the EPSG:5186 plane, as a GIS that projects first measures them): how distances are taken.
    /// </summary>
    public const string DistanceSetting = "distance";

    public const string DaysWindow = "days";

    public const string SeasonWindow = "season";

    public const string NoWeighting = "none";

    public const string IdwWeighting = "idw";

    public const string GroundDistance = "ground";

    public const string PlaneDistance = "plane";

    public const double DefaultMaxDistanceKm = 5.0;

    public const int DefaultWindowDays = 60;

    public const int DefaultStationCount = 1;

    public const double DefaultIdwPower = 2.0;

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
        var diagnostics = NearestSettings.UnknownKeys(settings, Name).ToList();
        var search = new NearestSearch(input, options, diagnostics);

        var matches = new List<SurveyMatch>();
        var unmatched = new List<UnmatchedSurvey>();

        foreach (var survey in input.Surveys)
        {
            cancellationToken.ThrowIfCancellationRequested();

            if (search.TryMatch(survey, out var match, out var reason))
            {
                matches.Add(match);
            }
            else
            {
                unmatched.Add(new UnmatchedSurvey(survey.Survey.Key, reason));
            }
        }

        diagnostics.Add(DistanceDistribution.Describe(Name, matches));

        return new MatchResult(matches, unmatched, diagnostics);
    }
}
