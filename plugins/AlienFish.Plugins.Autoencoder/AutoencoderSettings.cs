using AlienFish.Abstractions;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The <c>--set</c> values the autoencoder understands, read once and checked. Every value
/// has a default, so a plain <c>fishdens train --model autoencoder</c> works.
/// </summary>
internal sealed record AutoencoderSettings(
    int Epochs,
    int Hidden,
    int Latent,
    double LearningRate,
    int BatchSize,
    double ReconstructionWeight,
    int Seed,
    int Threads)
{
    public const string EpochsKey = "epochs";

    public const string HiddenKey = "hidden";

    public const string LatentKey = "latent";

    public const string LearningRateKey = "learning-rate";

    public const string BatchSizeKey = "batch-size";

    public const string ReconstructionWeightKey = "reconstruction-weight";

    public const string SeedKey = "seed";

    public const string ThreadsKey = "threads";

    public const int DefaultEpochs = 200;

    public const int DefaultHidden = 16;

    public const int DefaultLatent = 4;

    public const double DefaultLearningRate = 1e-3;

    public const int DefaultBatchSize = 32;

    public const double DefaultReconstructionWeight = 0.5;

    /// <summary>
    /// One torch thread: networks this small train several times faster on one thread than
    /// on threads that spin-wait for each other, and a fixed count keeps the summation order,
    /// hence the weights, the same on machines with different numbers of cores.
    /// </summary>
    public const int DefaultThreads = 1;

    /// <summary>
    /// Reads the settings; <paramref name="dataSeed"/> applies unless <c>seed</c> is set.
    /// </summary>
    public static AutoencoderSettings Read(PluginSettings settings, int dataSeed) => new(
        SettingRules.AtLeastOne(settings, EpochsKey, DefaultEpochs),
        SettingRules.AtLeastOne(settings, HiddenKey, DefaultHidden),
        SettingRules.AtLeastOne(settings, LatentKey, DefaultLatent),
        SettingRules.Positive(settings, LearningRateKey, DefaultLearningRate),
        SettingRules.AtLeastOne(settings, BatchSizeKey, DefaultBatchSize),
        SettingRules.NotNegative(settings, ReconstructionWeightKey, DefaultReconstructionWeight),
        settings.GetInt(SeedKey, dataSeed),
        SettingRules.AtLeastOne(settings, ThreadsKey, DefaultThreads));
}
