namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// How well the decoders of a <c>sae</c> or <c>dae</c> reconstructed the training rows at each
/// point of training: the mean squared error over measured values, in scaled units, of the
/// whole decoder stack applied to the encoder's latent code. Fine-tuning moves the encoder
/// away from the decoders (<see cref="AfterFineTuning"/>); refitting them brings the error back
/// down (<see cref="AfterRefit"/>). Kept with the trained model for inspection; not saved.
/// </summary>
internal sealed record ReconstructionTrace(double AfterPretraining, double AfterFineTuning, double AfterRefit);
