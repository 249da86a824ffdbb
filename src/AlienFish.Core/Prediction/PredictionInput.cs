using AlienFish.Abstractions;

namespace AlienFish.Core.Prediction;

/// <summary>Feature rows to predict, with the observed densities where known.</summary>
public sealed record PredictionInput(
    IReadOnlyList<SurveyKey> Surveys,
    IReadOnlyList<string> ReachNames,
    double[][] Features,
    IReadOnlyList<double?[]?> Observed);
