using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>A station and its ground distance from the reach being matched.</summary>
internal readonly record struct StationDistance(Station Station, double Metres)
{
    /// <summary>
    /// Nearest first. Distances equal to the millimetre are ties, broken by station code and
    /// then network, so co-located stations are always chosen in the same order.
    /// </summary>
    public static int Compare(StationDistance left, StationDistance right)
    {
        var byDistance = Math.Round(left.Metres, 3).CompareTo(Math.Round(right.Metres, 3));

        if (byDistance != 0)
        {
            return byDistance;
        }

        var byCode = string.CompareOrdinal(left.Station.Code, right.Station.Code);

        return byCode != 0
            ? byCode
            : string.CompareOrdinal(left.Station.Network, right.Station.Network);
    }
}
