using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// The chemistry measured at each survey reach, summarised per survey and variable with the
/// same below-limit rule as station samples. Several values of one variable for one survey
/// are averaged; values marked <see cref="ValueQualifier.NotMeasured"/> are ignored.
/// </summary>
internal sealed class SiteValues
{
    private static readonly IReadOnlyDictionary<string, VariableSummary> None =
        new Dictionary<string, VariableSummary>();

    private readonly Dictionary<SurveyKey, IReadOnlyDictionary<string, VariableSummary>> _bySurvey;

    public SiteValues(IEnumerable<SiteChemistry> chemistry)
    {
        _bySurvey = chemistry
            .Where(c => c.Qualifier != ValueQualifier.NotMeasured)
            .GroupBy(c => c.Survey)
            .ToDictionary(g => g.Key, Summarise);
    }

    /// <summary>The survey's summaries in ordinal order of variable; empty when none were measured.</summary>
    public IReadOnlyDictionary<string, VariableSummary> For(SurveyKey survey) =>
        _bySurvey.GetValueOrDefault(survey, None);

    private static IReadOnlyDictionary<string, VariableSummary> Summarise(IEnumerable<SiteChemistry> rows)
    {
        var means = new SortedDictionary<string, MeanBuilder>(StringComparer.Ordinal);

        foreach (var row in rows)
        {
            if (!means.TryGetValue(row.Variable, out var mean))
            {
                mean = new MeanBuilder();
                means.Add(row.Variable, mean);
            }

            mean.Add(row.Qualifier, row.Value, row.Limit);
        }

        var summaries = new SortedDictionary<string, VariableSummary>(StringComparer.Ordinal);

        foreach (var (variable, mean) in means)
        {
            summaries.Add(variable, mean.ToSummary());
        }

        return summaries;
    }
}
