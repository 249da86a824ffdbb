using AlienFish.Abstractions;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>What <c>sae</c>, <c>dae</c> and <c>mlp</c> share behind the plugin contract.</summary>
internal static class StackedModels
{
    public static ITrainedModel Train(
        NetworkRecipe recipe,
        TrainingData data,
        PluginSettings settings,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);

        var options = StackedSettings.Read(settings, data.Seed, recipe);
        TorchRuntime.EnsureLoaded();
        var device = TorchRuntime.TrainingDevice(data.Device);

        return new StackedTrainer(options, recipe, device).Train(data, progress, cancellationToken);
    }

    public static ITrainedModel Load(NetworkRecipe recipe, Stream payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        TorchRuntime.EnsureLoaded();

        return StackedPayload.Read(payload, recipe);
    }
}
