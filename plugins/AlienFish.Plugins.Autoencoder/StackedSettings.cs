using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The <c>--set</c> values of the stacked models (<c>sae</c>, <c>dae</c>, <c>mlp</c>), read once
/// and checked. Every value has a default. Values a model does not use are recorded as 0:
/// <c>pretrain-epochs</c> and <c>refit-epochs</c> for <c>mlp</c>, <c>noise-sd</c> and
/// <c>mask-rate</c> for all but <c>dae</c>. <see cref="RefitEpochs"/> is 0 in payloads written
/// before the decoders were refitted after fine-tuning.
/// </summary>
internal sealed record StackedSettings(
    IReadOnlyList<int> Layers,
    int PretrainEpochs,
    int Epochs,
    double LearningRate,
    int BatchSize,
    double NoiseSd,
    double MaskRate,
    int Seed,
    int Threads,
    int RefitEpochs = 0)
{
    public const string LayersKey = "layers";

    public const string PretrainEpochsKey = "pretrain-epochs";

    public const string EpochsKey = "epochs";

    public const string LearningRateKey = "learning-rate";

    public const string BatchSizeKey = "batch-size";

    public const string NoiseSdKey = "noise-sd";

    public const string MaskRateKey = "mask-rate";

    public const string SeedKey = "seed";

    public const string ThreadsKey = "threads";

    public const string RefitEpochsKey = "refit-epochs";

    public const string DefaultLayers = "16,8,4";

    public const int DefaultPretrainEpochs = 50;

    public const int DefaultEpochs = 200;

    public const double DefaultLearningRate = 1e-3;

    public const int DefaultBatchSize = 32;

    public const double DefaultNoiseSd = 0.1;

    public const double DefaultMaskRate = 0.2;

    public const int DefaultRefitEpochs = 30;

    /// <summary>One torch thread, for the reasons given at <see cref="AutoencoderSettings"/>.</summary>
    public const int DefaultThreads = AutoencoderSettings.DefaultThreads;

    /// <summary>
    /// Reads the settings for <paramref name="recipe"/>; <paramref name="dataSeed"/> applies
    /// unless <c>seed</c> is set.
    /// </summary>
    public static StackedSettings Read(PluginSettings settings, int dataSeed, NetworkRecipe recipe)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var layers = ReadLayers(settings);
        var pretrainEpochs = recipe.Pretrains
            ? SettingRules.AtLeastOne(settings, PretrainEpochsKey, DefaultPretrainEpochs)
            : 0;

        var refitEpochs = recipe.Pretrains
            ? SettingRules.NotNegative(settings, RefitEpochsKey, DefaultRefitEpochs)
            : 0;

        var noise = recipe.Corrupts ? SettingRules.NotNegative(settings, NoiseSdKey, DefaultNoiseSd) : 0;
        var mask = recipe.Corrupts ? SettingRules.Fraction(settings, MaskRateKey, DefaultMaskRate) : 0;

        return new StackedSettings(
            layers,
            pretrainEpochs,
            SettingRules.AtLeastOne(settings, EpochsKey, DefaultEpochs),
            SettingRules.Positive(settings, LearningRateKey, DefaultLearningRate),
            SettingRules.AtLeastOne(settings, BatchSizeKey, DefaultBatchSize),
            noise,
            mask,
            settings.GetInt(SeedKey, dataSeed),
            SettingRules.AtLeastOne(settings, ThreadsKey, DefaultThreads),
            refitEpochs);
    }

    private static int[] ReadLayers(PluginSettings settings)
    {
        var text = settings.GetString(LayersKey, DefaultLayers);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var widths = new int[parts.Length];

        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out widths[i])
                || widths[i] < 1)
            {
                throw new PluginSettingException(
                    LayersKey, text, "a comma-separated list of layer widths of 1 or more, e.g. 16,8,4");
            }
        }

        return widths;
    }
}
