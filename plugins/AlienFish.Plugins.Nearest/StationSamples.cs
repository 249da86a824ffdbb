using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// The water samples of every station, sorted by date, so the samples of a window are found
/// by binary search.
/// </summary>
internal sealed class StationSamples
{
    private static readonly WaterSample[] None = [];

    private readonly Dictionary<(string Network, string Code), WaterSample[]> _byStation;

    public StationSamples(IEnumerable<WaterSample> samples)
    {
        _byStation = samples
            .GroupBy(s => (s.Network, s.StationCode))
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Date).ToArray());
    }

    /// <summary>
    /// The summary of each variable measured at the station from <paramref name="first"/> to
    /// <paramref name="last"/>, both days included, with its variables in ordinal order; null
    /// when no variable has a single value to average.
    /// </summary>
    public IReadOnlyDictionary<string, VariableSummary>? Summarise(
        Station station,
        DateOnly first,
        DateOnly last)
    {
        var samples = _byStation.GetValueOrDefault((station.Network, station.Code), None);
        var start = FirstOnOrAfter(samples, first);
        var means = new SortedDictionary<string, MeanBuilder>(StringComparer.Ordinal);

        for (var i = start; i < samples.Length && samples[i].Date <= last; i++)
        {
            var sample = samples[i];

            if (sample.Qualifier == ValueQualifier.NotMeasured)
            {
                continue;
            }

            if (!means.TryGetValue(sample.Variable, out var mean))
            {
                mean = new MeanBuilder();
                means.Add(sample.Variable, mean);
            }

            mean.Add(sample.Qualifier, sample.Value, sample.Limit);
        }

        if (!means.Values.Any(m => m.Count > 0))
        {
            return null;
        }

        var summaries = new SortedDictionary<string, VariableSummary>(StringComparer.Ordinal);

        foreach (var (variable, mean) in means)
        {
            summaries.Add(variable, mean.ToSummary());
        }

        return summaries;
    }

    private static int FirstOnOrAfter(WaterSample[] samples, DateOnly day)
    {
        var low = 0;
        var high = samples.Length;

        while (low < high)
        {
            var middle = low + ((high - low) / 2);

            if (samples[middle].Date < day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
