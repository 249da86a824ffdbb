using AlienFish.Abstractions;

namespace AlienFish.Core.Matching;

/// <summary>A finished match run: its id in the store and what the matcher returned.</summary>
public sealed record MatchSummary(long RunId, string Matcher, int Surveys, MatchResult Result)
{
    /// <summary>Median, and largest distance of the matched surveys, in metres.</summary>
    public (double Median, double Max) Distances()
    {
        if (Result.Matches.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        var sorted = Result.Matches.Select(m => m.DistanceMetres).Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;

        return (median, sorted[^1]);
    }
}
