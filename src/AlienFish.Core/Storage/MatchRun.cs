namespace AlienFish.Core.Storage;

/// <summary>A stored match run: which matcher, with what settings, and how it went.</summary>
public sealed record MatchRun(
    long Id, string Matcher, string Settings, string CreatedAt, int Matched, int Unmatched);
