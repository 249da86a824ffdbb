namespace AlienFish.Replicas.Portal.Data;

/// <summary>A data row of a fish sheet with the fields the replica filters on.</summary>
internal sealed record FishRow(int Year, int Round, string Code, IReadOnlyList<object?> Values)
{
    /// <summary>Year and round as the portal's period number, e.g. 20161 for 2016 회차 1.</summary>
    public int Period => Year * 10 + Round;
}
