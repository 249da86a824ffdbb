using AlienFish.Abstractions;

namespace AlienFish.Plugins.Baselines.Tests;

/// <summary>Small helpers the baseline tests share.</summary>
internal static class TestSupport
{
    public static PluginSettings Settings(params (string Key, string Value)[] pairs) =>
        new(pairs.ToDictionary(p => p.Key, p => p.Value));

    public static double Rmse(double[][] predicted, double[][] observed)
    {
        var squares = predicted.Zip(observed)
            .SelectMany(pair => pair.First.Zip(pair.Second, (p, o) => (p - o) * (p - o)));

        return Math.Sqrt(squares.Average());
    }

    public static ITrainedModel RoundTrip(IModel model, ITrainedModel trained)
    {
        using var payload = new MemoryStream();
        trained.Save(payload);
        payload.Position = 0;

        return model.Load(payload);
    }
}
