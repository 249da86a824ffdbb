namespace AlienFish.Abstractions;

/// <summary>Identifies one fish survey: a reach in a year and survey round (회차).</summary>
public readonly record struct SurveyKey(string Network, string ReachCode, int Year, int Round)
{
    public override string ToString() => $"{Network}:{ReachCode} {Year} round {Round}";
}
