using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Plugins.Autoencoder;

[assembly: FishdensPlugin(typeof(AutoencoderModel))]

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The <c>autoencoder</c> model plugin: an autoencoder of the standardised water quality
/// whose latent code feeds a regression head for log(1 + density) of each alien species.
/// Settings (all optional): <c>epochs</c> (200), <c>hidden</c> (16), <c>latent</c> (4),
/// <c>learning-rate</c> (0.001), <c>batch-size</c> (32), <c>reconstruction-weight</c> (0.5),
/// <c>seed</c> (the training data's seed) and <c>threads</c> (1, torch's intra-op threads).
/// </summary>
public sealed class AutoencoderModel : IModel
{
    public string Name => "autoencoder";

    public string Description =>
        "Autoencoder of water quality whose latent code predicts alien fish density (CPU).";

    public PluginKind Kind => PluginKind.Model;

    public string Version => AutoencoderPayload.Version.ToString(CultureInfo.InvariantCulture);

    public ITrainedModel Train(
        TrainingData data,
        PluginSettings settings,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);

        var options = AutoencoderSettings.Read(settings, data.Seed);
        TorchRuntime.EnsureLoaded();
        var device = TorchRuntime.TrainingDevice(data.Device);

        return new AutoencoderTrainer(options, device).Train(data, progress, cancellationToken);
    }

    public ITrainedModel Load(Stream payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        TorchRuntime.EnsureLoaded();

        return AutoencoderPayload.Read(payload);
    }
}
