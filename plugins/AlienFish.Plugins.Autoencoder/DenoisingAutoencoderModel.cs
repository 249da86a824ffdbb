using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Plugins.Autoencoder;

[assembly: FishdensPlugin(typeof(DenoisingAutoencoderModel))]

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The <c>dae</c> model plugin: the <c>sae</c> network and training, with the input corrupted
/// in every stage: each value is masked to 0 (the training mean after scaling) with chance
/// <c>mask-rate</c> (0.2) and the rest get Gaussian noise of <c>noise-sd</c> (0.1). Learning to
/// restore masked values is what lets it train and predict with values missing: a missing value
/// is fed in as a masked one and left out of the reconstruction error. Settings: those of
/// <see cref="StackedAutoencoderModel"/> plus <c>noise-sd</c> and <c>mask-rate</c>.
/// </summary>
public sealed class DenoisingAutoencoderModel : IModel
{
    public string Name => NetworkRecipe.Denoising.Name;

    public string Description =>
        "Denoising stacked autoencoder, trained on corrupted water quality, that predicts alien fish density (CPU).";

    public PluginKind Kind => PluginKind.Model;

    public string Version => StackedPayload.Version.ToString(CultureInfo.InvariantCulture);

    public ITrainedModel Train(
        TrainingData data,
        PluginSettings settings,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken) =>
        StackedModels.Train(NetworkRecipe.Denoising, data, settings, progress, cancellationToken);

    public ITrainedModel Load(Stream payload) => StackedModels.Load(NetworkRecipe.Denoising, payload);
}
