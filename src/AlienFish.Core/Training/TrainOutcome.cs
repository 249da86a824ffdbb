namespace AlienFish.Core.Training;

/// <summary>A trained and saved model, and what went into it.</summary>
public sealed record TrainOutcome(
    string ModelPath,
    long ModelId,
    ModelManifest Manifest,
    TrainingTable Table,
    IReadOnlyList<double> LossHistory);
