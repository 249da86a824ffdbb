using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Plugins.Autoencoder;

[assembly: FishdensPlugin(typeof(StackedAutoencoderModel))]

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The <c>sae</c> model plugin: a stacked autoencoder. Each tanh encoder layer is first
/// pre-trained as a shallow autoencoder of the codes of the layer below (stages
/// <c>pretrain-1</c>, <c>pretrain-2</c>, ...); then the encoder, under a presence head and a
/// density head, is fine-tuned end to end (stage <c>finetune</c>), and last the decoders are
/// refitted to the fine-tuned code (stage <c>refit-decoder</c>). A species is predicted as
/// p(present) times its log(1 + density) where present; see <see cref="StackedTrainer"/>.
/// Settings (all optional): <c>layers</c> (16,8,4; the last is the latent code),
/// <c>pretrain-epochs</c> (50), <c>epochs</c> (200, fine-tuning), <c>refit-epochs</c> (30, 0 skips
/// the refit), <c>learning-rate</c> (0.001), <c>batch-size</c> (32), <c>seed</c> (the training
/// data's seed) and <c>threads</c> (1).
/// </summary>
public sealed class StackedAutoencoderModel : IModel
{
    public string Name => NetworkRecipe.Stacked.Name;

    public string Description =>
        "Stacked autoencoder, pre-trained layer by layer, then fine-tuned to predict alien fish density (CPU).";

    public PluginKind Kind => PluginKind.Model;

    public string Version => StackedPayload.Version.ToString(CultureInfo.InvariantCulture);

    public ITrainedModel Train(
        TrainingData data,
        PluginSettings settings,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken) =>
        StackedModels.Train(NetworkRecipe.Stacked, data, settings, progress, cancellationToken);

    public ITrainedModel Load(Stream payload) => StackedModels.Load(NetworkRecipe.Stacked, payload);
}
