using AlienFish.Abstractions;

namespace AlienFish.Core.Prediction;

/// <summary>One line of the predictions file.</summary>
/// <param name="Observed">Observed density where the store knows it, else null.</param>
public sealed record PredictionRow(
    SurveyKey Survey,
    string ReachName,
    string SpeciesKey,
    string KoreanName,
    double Density,
    double? Observed);
