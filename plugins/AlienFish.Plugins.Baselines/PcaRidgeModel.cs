using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Plugins.Baselines;

[assembly: FishdensPlugin(typeof(PcaRidgeModel))]

namespace AlienFish.Plugins.Baselines;

/// <summary>
/// The <c>pca-ridge</c> model plugin, the linear counterpart of the autoencoders: the features
/// are standardised on the training rows (a missing value becomes the training mean), reduced
/// to their first <c>latent</c> principal components (eigenvectors of the covariance matrix,
/// found by Jacobi rotations), and each target is a ridge regression on those scores, solved
/// from the normal equations by Cholesky. Settings: <c>latent</c> (4, at most the number of
/// features) and <c>alpha</c> (1.0, the ridge penalty). Its loss history is one value, the
/// training mean squared error, reported as stage <c>fit</c>.
/// </summary>
public sealed class PcaRidgeModel : IModel
{
    public const string ModelName = "pca-ridge";

    public string Name => ModelName;

    public string Description => "Ridge regression of alien fish density on principal components of water quality.";

    public PluginKind Kind => PluginKind.Model;

    public string Version => BaselinePayload.Version.ToString(CultureInfo.InvariantCulture);

    public ITrainedModel Train(
        TrainingData data,
        PluginSettings settings,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken)
    {
        TableGuard.Check(data);

        var options = PcaRidgeSettings.Read(settings);
        cancellationToken.ThrowIfCancellationRequested();

        var trained = new TrainedPcaRidge(PcaRidgeFitter.Fit(data, options));
        progress?.Report(new TrainingEpoch("fit", 1, 1, trained.LossHistory[0]));

        return trained;
    }

    public ITrainedModel Load(Stream payload) =>
        new TrainedPcaRidge(BaselinePayload.Read<PcaRidgePayload>(payload, ModelName));
}
