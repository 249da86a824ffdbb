using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// Gives each fish survey the water chemistry measured at its reach during the survey and,
/// for the variables the reach lacks, what the nearest matcher gives it from stations.
/// </summary>
/// <remarks>
/// <para>
/// A variable is taken from the reach when at least one of the reach's values for it enters
/// the mean. Values below a limit count as half the limit when
/// <see cref="SiteChemistry.Limit"/> is known and are left out when it is not; either way
/// they are counted in <see cref="VariableSummary.BelowLimit"/>. Every other variable comes
/// from the stations, chosen and combined exactly as <see cref="NearestMatcher"/> does with
/// the same settings; a variable with only below-unknown-limit values at the reach keeps
/// its NaN summary from the reach when no station has it either.
/// </para>
/// <para>
/// When any variable comes from the reach, the match names the reach itself as its station
/// (network <see cref="SiteNetwork"/>, the reach's code, name and location) at distance 0;
/// otherwise it names the nearest station used, as the nearest matcher does. A survey with
/// nothing from the reach and nothing from the stations is unmatched, its reason naming both.
/// </para>
/// </remarks>
public sealed class SameSiteMatcher : IMatcher
{
    /// <summary>The network of the station record that stands for a survey reach itself.</summary>
    public const string SiteNetwork = "bio-fish-site";

    private static readonly Dictionary<string, VariableSummary> Empty = [];

    public string Name => "same-site";

    public string Description =>
        "Gives each survey the chemistry measured at its own reach and, for the variables the reach "
        + "lacks, the nearest matcher's station means with the same settings.";

    public PluginKind Kind => PluginKind.Matcher;

    public MatchResult Match(MatchInput input, PluginSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);

        var options = NearestSettings.Read(settings);
        var diagnostics = NearestSettings.UnknownKeys(settings, Name).ToList();
        var search = new NearestSearch(input, options, diagnostics);
        var site = new SiteValues(input.SiteChemistry);

        var matches = new List<SurveyMatch>();
        var unmatched = new List<UnmatchedSurvey>();

        foreach (var survey in input.Surveys)
        {
            cancellationToken.ThrowIfCancellationRequested();

            var measured = site.For(survey.Survey.Key);
            var fromStations = search.TryMatch(survey, out var nearest, out var reason) ? nearest : null;
            var match = Combine(survey, measured, fromStations);

            if (match is not null)
            {
                matches.Add(match);
            }
            else
            {
                var why = UnmatchedReasons.NothingAtReachOrStations(reason!);

                unmatched.Add(new UnmatchedSurvey(survey.Survey.Key, why));
            }
        }

        diagnostics.Add(DistanceDistribution.Describe(Name, matches));

        return new MatchResult(matches, unmatched, diagnostics);
    }

    private static SurveyMatch? Combine(
        SurveyToMatch survey,
        IReadOnlyDictionary<string, VariableSummary> measured,
        SurveyMatch? fromStations)
    {
        var atReach = measured.Where(m => m.Value.Count > 0).ToList();

        if (atReach.Count == 0 && fromStations is null)
        {
            return null;
        }

        var values = new SortedDictionary<string, VariableSummary>(StringComparer.Ordinal);

        foreach (var (variable, summary) in fromStations?.Values ?? Empty)
        {
            values[variable] = summary;
        }

        foreach (var (variable, summary) in measured)
        {
            if (summary.Count > 0 || !values.ContainsKey(variable))
            {
                values[variable] = summary;
            }
        }

        if (atReach.Count == 0)
        {
            return fromStations! with { Values = values };
        }

        var reach = survey.Reach;
        var itself = new Station(SiteNetwork, reach.Code, reach.Name, reach.Location) { Origin = reach.Origin };

        return new SurveyMatch(survey.Survey.Key, itself, 0.0, values);
    }
}
