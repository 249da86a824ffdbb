using AlienFish.Abstractions;

namespace AlienFish.Core.Storage;

/// <summary>A survey of a match run with the station it got and the variable means.</summary>
public sealed record MatchedSurvey(
    SurveyKey Survey,
    string ReachName,
    string StationCode,
    double DistanceMetres,
    IReadOnlyDictionary<string, double> Values);
