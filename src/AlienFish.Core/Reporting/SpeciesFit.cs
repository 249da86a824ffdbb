using AlienFish.Core.Training;

namespace AlienFish.Core.Reporting;

/// <summary>The surveys with an observed density of one species, each with the model's prediction.</summary>
public sealed record SpeciesFit(ModelTarget Species, IReadOnlyList<FitPoint> Points);
