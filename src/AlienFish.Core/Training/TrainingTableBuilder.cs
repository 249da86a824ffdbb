using AlienFish.Abstractions;
using AlienFish.Core.Storage;

namespace AlienFish.Core.Training;

/// <summary>
/// Builds the table a model learns from: the variable means of a match run as features,
/// and for each alien or invasive species the density 개체수 / 조사면적 (individuals per m²).
/// A species with no count row in a survey was not caught there, so its density is zero.
/// </summary>
public sealed class TrainingTableBuilder
{
    private readonly FishdensStore _store;

    public TrainingTableBuilder(FishdensStore store)
    {
        _store = store;
    }

    /// <summary>A variable enters the features when at least this share of surveys has it.</summary>
    public double MinimumCoverage { get; init; } = 0.5;

    /// <summary>The alien and invasive species in the store, invasive first, then by key.</summary>
    public IReadOnlyList<Species> TargetSpecies() =>
        _store.LoadSpecies()
            .Where(s => s.Status is SpeciesStatus.Alien or SpeciesStatus.Invasive)
            .OrderBy(s => s.Status == SpeciesStatus.Invasive ? 0 : 1)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();

    public TrainingTable Build(long matchRunId, IReadOnlyList<string>? featureNames = null)
    {
        var matches = _store.LoadMatches(matchRunId);
        var targets = TargetSpecies();
        var features = featureNames ?? ChooseFeatures(matches);
        var dropped = matches
            .SelectMany(m => m.Values.Keys)
            .Distinct()
            .Except(features)
            .Order(StringComparer.Ordinal)
            .ToList();

        var surveys = _store.LoadSurveys().ToDictionary(s => s.Survey.Key, s => s.Survey);
        var counts = _store.LoadCounts();
        var rows = new List<TrainingRow>();
        var excluded = new List<(SurveyKey, string)>();

        foreach (var match in matches)
        {
            var x = features.Select(f => match.Values.TryGetValue(f, out var v) ? v : double.NaN).ToArray();
            var area = surveys.TryGetValue(match.Survey, out var survey) ? survey.AreaSquareMetres : null;
            var densities = new double?[targets.Count];
            string? reason = area is > 0 ? null : "the survey has no surveyed area (조사면적), so no density";

            for (var t = 0; t < targets.Count && reason is null; t++)
            {
                var found = counts.TryGetValue((match.Survey, targets[t].Key), out var count);

                if (found && count is null)
                {
                    reason = $"the count of {targets[t].KoreanName} was not recorded";
                    break;
                }

                densities[t] = (found ? count!.Value : 0) / area!.Value;
            }

            if (reason is not null)
            {
                excluded.Add((match.Survey, reason));
                Array.Fill(densities, null);
            }

            rows.Add(new TrainingRow(match.Survey, match.ReachName, x, densities));
        }

        return new TrainingTable(features, targets, rows, excluded, dropped);
    }

    private List<string> ChooseFeatures(IReadOnlyList<MatchedSurvey> matches)
    {
        var present = matches.SelectMany(m => m.Values.Keys)
            .GroupBy(k => k, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinimumCoverage * matches.Count)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

        // Canonical variables in their catalogue order, then any others by name.
        var known = Variables.All.Select(v => v.Code).Where(present.Contains);
        var others = present.Where(p => Variables.Find(p) is null).Order(StringComparer.Ordinal);

        return known.Concat(others).ToList();
    }
}
