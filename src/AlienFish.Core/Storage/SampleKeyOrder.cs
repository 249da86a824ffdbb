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
    public static IReadOnlyList<WaterSample> Sorted(IReadOnlyList<WaterSample> samples)
    {
        for (var i = 1; i < samples.Count; i++)
        {
            if (Instance.Compare(samples[i - 1], samples[i]) > 0)
            {
                return samples.OrderBy(s => s, Instance).ToList();
            }
        }

        return samples;
    }

    public int Compare(WaterSample? x, WaterSample? y)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null);
        }

        var order = string.CompareOrdinal(x.Network, y.Network);

        if (order == 0)
        {
            order = string.CompareOrdinal(x.StationCode, y.StationCode);
        }

        if (order == 0)
        {
            order = x.Date.CompareTo(y.Date);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Round ?? "", y.Round ?? "");
        }

        return order != 0 ? order : string.CompareOrdinal(x.Variable, y.Variable);
    }
}
