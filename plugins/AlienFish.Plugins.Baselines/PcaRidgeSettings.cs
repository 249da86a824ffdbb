using AlienFish.Abstractions;

namespace AlienFish.Plugins.Baselines;

/// <summary>The <c>--set</c> values of <c>pca-ridge</c>, read once and checked.</summary>
/// <param name="Latent">Principal components kept; at most the number of features.</param>
/// <param name="Alpha">Ridge penalty on the coefficients; 0 is ordinary least squares.</param>
internal sealed record PcaRidgeSettings(int Latent, double Alpha)
{
    public const string LatentKey = "latent";

    public const string AlphaKey = "alpha";

    /// <summary>The same latent size as the autoencoders' default code.</summary>
    public const int DefaultLatent = 4;

    public const double DefaultAlpha = 1.0;

    public static PcaRidgeSettings Read(PluginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var latent = settings.GetInt(LatentKey, DefaultLatent);

        if (latent < 1)
        {
            throw new PluginSettingException(LatentKey, Text(settings, LatentKey), "a whole number of 1 or more");
        }

        var alpha = settings.GetDouble(AlphaKey, DefaultAlpha);

        if (alpha < 0)
        {
            throw new PluginSettingException(AlphaKey, Text(settings, AlphaKey), "a number of 0 or more");
        }

        return new PcaRidgeSettings(latent, alpha);
    }

    private static string Text(PluginSettings settings, string key) =>
        settings.Values.TryGetValue(key, out var text) ? text : string.Empty;
}
