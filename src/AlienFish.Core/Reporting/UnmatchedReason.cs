namespace AlienFish.Core.Reporting;

/// <summary>Why surveys of the match run got no water quality, and how many.</summary>
public sealed record UnmatchedReason(string Reason, int Surveys);
