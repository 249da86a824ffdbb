namespace AlienFish.Abstractions;

/// <summary>
/// Gives each fish survey the water quality that describes it. Surveys that get none are
/// returned in <see cref="MatchResult.Unmatched"/> with the reason, never dropped.
/// </summary>
public interface IMatcher : IFishdensPlugin
{
    MatchResult Match(MatchInput input, PluginSettings settings, CancellationToken cancellationToken);
}

/// <summary>A survey together with its reach, as the matcher needs them.</summary>
public sealed record SurveyToMatch(FishSurvey Survey, SurveyReach Reach);

public sealed record MatchInput(
    IReadOnlyList<SurveyToMatch> Surveys,
    IReadOnlyList<Station> Stations,
    IReadOnlyList<WaterSample> Samples,
    IReadOnlyList<SiteChemistry> SiteChemistry);

/// <summary>The summary of one variable over the matched samples.</summary>
/// <param name="Mean">Mean of the values used.</param>
/// <param name="Count">Number of samples that entered the mean.</param>
/// <param name="BelowLimit">
/// Samples reported below a limit, and how they were treated is the matcher's to document.
/// </param>
public sealed record VariableSummary(double Mean, int Count, int BelowLimit);

/// <summary>The water quality assigned to one survey.</summary>
/// <param name="Station">The station used; for matchers that use several, the nearest.</param>
public sealed record SurveyMatch(
    SurveyKey Survey,
    Station Station,
    double DistanceMetres,
    IReadOnlyDictionary<string, VariableSummary> Values);

public sealed record UnmatchedSurvey(SurveyKey Survey, string Reason);

public sealed record MatchResult(
    IReadOnlyList<SurveyMatch> Matches,
    IReadOnlyList<UnmatchedSurvey> Unmatched,
    IReadOnlyList<Diagnostic> Diagnostics);
