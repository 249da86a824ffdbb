using AlienFish.Abstractions;

namespace AlienFish.Core.Training;

/// <summary>One survey as a model sees it: features in column order, observed densities per target.</summary>
/// <param name="Densities">Individuals per m², null when the survey cannot give one (no area).</param>
public sealed record TrainingRow(SurveyKey Survey, string ReachName, double[] Features, double?[] Densities);
