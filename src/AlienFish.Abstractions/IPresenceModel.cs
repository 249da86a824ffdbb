namespace AlienFish.Abstractions;

/// <summary>
/// A trained model with a presence head: besides the density it predicts, it gives the chance
/// that each species is present at all. The host scores presence skill (AUC) on that chance
/// alone. Models without such a head simply do not implement it; the host then ranks surveys
/// by the predicted value of <see cref="ITrainedModel.Predict"/>.
/// </summary>
public interface IPresenceModel : ITrainedModel
{
    /// <summary>
    /// One row per feature row of the probability, from 0 to 1, that each species is present,
    /// in the order of <see cref="ITrainedModel.TargetNames"/>. Feature columns and missing
    /// values are as in <see cref="ITrainedModel.Predict"/>.
    /// </summary>
    double[][] PredictPresence(double[][] features);
}
