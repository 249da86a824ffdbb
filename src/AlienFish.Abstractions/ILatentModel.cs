namespace AlienFish.Abstractions;

/// <summary>
/// A trained model with an encoder and a decoder, so the host can show its latent space as a
/// map of surveys and how well it reconstructs each variable. Models without one simply do
/// not implement it.
/// </summary>
public interface ILatentModel : ITrainedModel
{
    /// <summary>Dimensions of the latent code.</summary>
    int LatentSize { get; }

    /// <summary>
    /// The latent code of each feature row (NaN is missing, as in <see cref="ITrainedModel.Predict"/>).
    /// </summary>
    double[][] Encode(double[][] features);

    /// <summary>Each feature row decoded back from its code, in the features' own units.</summary>
    double[][] Reconstruct(double[][] features);
}
