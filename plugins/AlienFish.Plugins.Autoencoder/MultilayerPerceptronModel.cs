using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Plugins.Autoencoder;

[assembly: FishdensPlugin(typeof(MultilayerPerceptronModel))]

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The <c>mlp</c> model plugin: the network of <see cref="StackedAutoencoderModel"/>, tanh
/// layers under a presence head and a density head, trained end to end from its seeded
/// weights with no pre-training (stage <c>fit</c>): the baseline that shows what pre-training
/// adds. Settings: those of <c>sae</c> but <c>pretrain-epochs</c>.
/// </summary>
public sealed class MultilayerPerceptronModel : IModel
{
    public string Name => NetworkRecipe.Perceptron.Name;

    public string Description =>
        "Multilayer perceptron with the sae network and no pre-training, a baseline for alien fish density (CPU).";

    public PluginKind Kind => PluginKind.Model;

    public string Version => StackedPayload.Version.ToString(CultureInfo.InvariantCulture);

    public ITrainedModel Train(
        TrainingData data,
        PluginSettings settings,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken) =>
        StackedModels.Train(NetworkRecipe.Perceptron, data, settings, progress, cancellationToken);

    public ITrainedModel Load(Stream payload) => StackedModels.Load(NetworkRecipe.Perceptron, payload);
}
