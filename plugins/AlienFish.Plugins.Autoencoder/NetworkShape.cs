namespace AlienFish.Plugins.Autoencoder;

/// <summary>Layer widths of <see cref="DensityAutoencoder"/>; the payload records them.</summary>
internal sealed record NetworkShape(int Inputs, int Hidden, int Latent, int Targets);
