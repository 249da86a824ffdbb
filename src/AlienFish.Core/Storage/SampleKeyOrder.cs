using AlienFish.Abstractions;

namespace AlienFish.Core.Storage;

/// <summary>
/// Orders water samples as the key of the <c>water_samples</c> table does: network, station,
/// date, round, variable.
/// </summary>
internal sealed class SampleKeyOrder : IComparer<WaterSample>
{
    public static readonly SampleKeyOrder Instance = new();

    /// <summary>The samples in key order, stably: of two with one key, the first stays first.</summary>
    /// <remarks>
    /// A file has far fewer visits (network, station, date, round) and variables than
    /// samples: tens of thousands of samples share a few thousand visits and a dozen
    /// variables, and a visit's samples mostly come one after another. So the visits and the
    /// variables are ranked once each, and the samples are put in order by two stable
    /// counting passes, by variable rank and then by visit rank.
    /// </remarks>
    public static IReadOnlyList<WaterSample> Sorted(IReadOnlyList<WaterSample> samples)
    {
        if (IsSorted(samples))
        {
            return samples;
        }

        // A run is a stretch of samples from one visit; runs of one visit met apart in the
        // file come together when the runs are sorted, and share a rank.
        var runStarts = new List<int>();
        var runOf = new int[samples.Count];
        var variables = new Dictionary<string, int>(StringComparer.Ordinal);
        var variableOf = new int[samples.Count];

        for (var i = 0; i < samples.Count; i++)
        {
            if (i == 0 || CompareVisits(samples[i - 1], samples[i]) != 0)
            {
                runStarts.Add(i);
            }

            runOf[i] = runStarts.Count - 1;

            if (!variables.TryGetValue(samples[i].Variable, out variableOf[i]))
            {
                variableOf[i] = variables.Count;
                variables.Add(samples[i].Variable, variableOf[i]);
            }
        }

        var names = variables.Keys.ToArray();
        var variableRank = Ranks(names.Length, (a, b) => string.CompareOrdinal(names[a], names[b]));
        var runs = Enumerable.Range(0, runStarts.Count).ToArray();
        Array.Sort(runs, (a, b) => CompareVisits(samples[runStarts[a]], samples[runStarts[b]]));

        var runRank = new int[runs.Length];
        var visitCount = 0;

        for (var place = 0; place < runs.Length; place++)
        {
            var same = place > 0
                && CompareVisits(samples[runStarts[runs[place - 1]]], samples[runStarts[runs[place]]]) == 0;
            visitCount += same ? 0 : 1;
            runRank[runs[place]] = visitCount - 1;
        }

        var visitOf = new int[samples.Count];

        for (var i = 0; i < samples.Count; i++)
        {
            variableOf[i] = variableRank[variableOf[i]];
            visitOf[i] = runRank[runOf[i]];
        }

        var inFileOrder = new int[samples.Count];

        for (var i = 0; i < inFileOrder.Length; i++)
        {
            inFileOrder[i] = i;
        }

        var byVariable = CountingPass(inFileOrder, variableOf, names.Length);
        var byVisit = CountingPass(byVariable, visitOf, visitCount);
        var sorted = new List<WaterSample>(samples.Count);

        foreach (var i in byVisit)
        {
            sorted.Add(samples[i]);
        }

        return sorted;
    }

    public int Compare(WaterSample? x, WaterSample? y)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null);
        }

        var order = CompareVisits(x, y);
        return order != 0 ? order : string.CompareOrdinal(x.Variable, y.Variable);
    }

    private static int CompareVisits(WaterSample x, WaterSample y)
    {
        var order = string.CompareOrdinal(x.Network, y.Network);

        if (order == 0)
        {
            order = string.CompareOrdinal(x.StationCode, y.StationCode);
        }

        if (order == 0)
        {
            order = x.Date.CompareTo(y.Date);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Round ?? "", y.Round ?? "");
    }

    private static bool IsSorted(IReadOnlyList<WaterSample> samples)
    {
        for (var i = 1; i < samples.Count; i++)
        {
            if (Instance.Compare(samples[i - 1], samples[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>For each of <paramref name="count"/> distinct items, its place in sorted order.</summary>
    private static int[] Ranks(int count, Comparison<int> compare)
    {
        var order = new int[count];

        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, compare);
        var rank = new int[count];

        for (var place = 0; place < count; place++)
        {
            rank[order[place]] = place;
        }

        return rank;
    }

    /// <summary>
    /// The positions of <paramref name="order"/> ordered by their <paramref name="rank"/>
    /// (0 to <paramref name="ranks"/> - 1), keeping the given order among equal ranks.
    /// </summary>
    private static int[] CountingPass(int[] order, int[] rank, int ranks)
    {
        var start = new int[ranks + 1];

        foreach (var i in order)
        {
            start[rank[i] + 1]++;
        }

        for (var r = 1; r <= ranks; r++)
        {
            start[r] += start[r - 1];
        }

        var result = new int[order.Length];

        foreach (var i in order)
        {
            result[start[rank[i]]++] = i;
        }

        return result;
    }
}
