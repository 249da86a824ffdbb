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
        var lists = new Dictionary<(string Network, string Code), List<WaterSample>>();
        List<WaterSample>? current = null;
        WaterSample? previous = null;

        foreach (var sample in samples)
        {
            // The store hands samples over station by station, so the last list is usually the one.
            if (previous is null
                || !string.Equals(previous.StationCode, sample.StationCode, StringComparison.Ordinal)
                || !string.Equals(previous.Network, sample.Network, StringComparison.Ordinal))
            {
                current = CollectedFor(lists, (sample.Network, sample.StationCode));
            }

            current!.Add(sample);
            previous = sample;
        }

        _byStation = lists.ToDictionary(pair => pair.Key, pair => ByDate(pair.Value));
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

        // A station measures a handful of variables, so a short list searched in order is
        // cheaper than a tree per window.
        var means = new List<(string Variable, MeanBuilder Mean)>();

        for (var i = start; i < samples.Length && samples[i].Date <= last; i++)
        {
            var sample = samples[i];

            if (sample.Qualifier == ValueQualifier.NotMeasured)
            {
                continue;
            }

            MeanOf(means, sample.Variable).Add(sample.Qualifier, sample.Value, sample.Limit);
        }

        if (!means.Exists(m => m.Mean.Count > 0))
        {
            return null;
        }

        means.Sort((left, right) => string.CompareOrdinal(left.Variable, right.Variable));

        var summaries = new SortedList<string, VariableSummary>(means.Count, StringComparer.Ordinal);

        foreach (var (variable, mean) in means)
        {
            summaries.Add(variable, mean.ToSummary());
        }

        return summaries;
    }

    private static MeanBuilder MeanOf(List<(string Variable, MeanBuilder Mean)> means, string variable)
    {
        foreach (var (known, mean) in means)
        {
            if (string.Equals(known, variable, StringComparison.Ordinal))
            {
                return mean;
            }
        }

        var added = new MeanBuilder();

        means.Add((variable, added));

        return added;
    }

    private static List<WaterSample> CollectedFor(
        Dictionary<(string Network, string Code), List<WaterSample>> lists,
        (string Network, string Code) station)
    {
        if (!lists.TryGetValue(station, out var list))
        {
            list = [];
            lists.Add(station, list);
        }

        return list;
    }

    /// <summary>Sorted by date, samples of one day kept in the order given; most come sorted.</summary>
    private static WaterSample[] ByDate(List<WaterSample> samples)
    {
        for (var i = 1; i < samples.Count; i++)
        {
            if (samples[i].Date < samples[i - 1].Date)
            {
                return [.. samples.OrderBy(s => s.Date)];
            }
        }

        return [.. samples];
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
