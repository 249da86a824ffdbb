using System.Buffers.Binary;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Autoencoder.Tests;

/// <summary>The autoencoder model through the plugin contract, as the host uses it.</summary>
public sealed class AutoencoderModelTests
{
    private const int Epochs = 60;

    private static readonly IModel Model = new AutoencoderModel();

    [Fact]
    public void Assembly_names_the_model_as_its_plugin_entry()
    {
        var entries = typeof(AutoencoderModel).Assembly.GetCustomAttributes<FishdensPluginAttribute>();

        Assert.Contains(typeof(AutoencoderModel), entries.Select(e => e.EntryType));
        Assert.Equal("autoencoder", Model.Name);
        Assert.Equal(PluginKind.Model, Model.Kind);
        Assert.Equal("1", Model.Version);
    }

    [Fact]
    public void Training_lowers_the_loss_on_a_known_relation()
    {
        using var trained = Train(SyntheticDensity.Make(200, seed: 1));

        Assert.Equal(Epochs, trained.LossHistory.Count);
        Assert.True(
            trained.LossHistory[^1] < trained.LossHistory[0] * 0.5,
            $"loss went from {trained.LossHistory[0]} to {trained.LossHistory[^1]}");
    }

    [Fact]
    public void Training_reports_each_epoch_of_the_fit_stage()
    {
        var epochs = new List<TrainingEpoch>();
        var progress = new SynchronousProgress(epochs.Add);

        using var trained = Model.Train(
            SyntheticDensity.Make(64, seed: 1), Settings(("epochs", "3")), progress, default);

        Assert.Equal([1, 2, 3], epochs.Select(e => e.Epoch));
        Assert.All(epochs, e => Assert.Equal(("fit", 3), (e.Stage, e.Epochs)));
        Assert.Equal(trained.LossHistory, epochs.Select(e => e.Loss));
    }

    [Fact]
    public void Model_beats_the_training_mean_on_held_out_rows()
    {
        var (features, targets) = SyntheticDensity.Rows(300, dataSeed: 11);
        var training = new TrainingData(
            SyntheticDensity.FeatureNames, SyntheticDensity.TargetNames,
            features[..200], targets[..200], Seed: 3);

        using var trained = Train(training, ("epochs", "150"));

        var predicted = trained.Predict(features[200..]);
        var means = Enumerable.Range(0, targets[0].Length)
            .Select(t => targets[..200].Average(row => row[t])).ToArray();
        var modelError = Rmse(predicted, targets[200..]);
        var meanError = Rmse([.. targets[200..].Select(_ => means)], targets[200..]);
        Assert.True(modelError < meanError * 0.6, $"model RMSE {modelError}, mean RMSE {meanError}");
    }

    [Fact]
    public void Saved_then_loaded_model_predicts_the_same_values()
    {
        var data = SyntheticDensity.Make(120, seed: 5);
        using var trained = Train(data);
        using var payload = new MemoryStream();

        trained.Save(payload);
        payload.Position = 0;
        using var loaded = Model.Load(payload);

        Assert.Equal(trained.Predict(data.Features), loaded.Predict(data.Features));
        Assert.Equal(trained.FeatureNames, loaded.FeatureNames);
        Assert.Equal(trained.TargetNames, loaded.TargetNames);
        Assert.Equal(trained.LossHistory, loaded.LossHistory);
        Assert.Equal(payload.Length, payload.Position);
    }

    [Fact]
    public void Saved_payload_starts_with_a_readable_header_of_the_network()
    {
        using var trained = Train(SyntheticDensity.Make(40, seed: 1), ("epochs", "1"), ("latent", "3"));
        using var payload = new MemoryStream();

        trained.Save(payload);

        var bytes = payload.ToArray();
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        using var header = JsonDocument.Parse(bytes.AsMemory(8, length));
        var root = header.RootElement;
        Assert.Equal("FDAE"u8.ToArray(), bytes[..4]);
        Assert.Equal("fishdens-autoencoder", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("payloadVersion").GetInt32());
        Assert.Equal(
            """{"inputs":6,"hidden":16,"latent":3,"targets":5}""",
            root.GetProperty("shape").GetRawText());
        Assert.Equal(
            SyntheticDensity.FeatureNames,
            root.GetProperty("featureNames").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public void Training_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Model.Train(
            SyntheticDensity.Make(40, seed: 1), PluginSettings.Empty, progress: null, cancelled.Token));
    }

    [Fact]
    public void Same_seed_gives_identical_predictions()
    {
        var data = SyntheticDensity.Make(100, seed: 9);

        using var first = Train(data);
        using var second = Train(data);

        Assert.Equal(first.Predict(data.Features), second.Predict(data.Features));
        Assert.Equal(first.LossHistory, second.LossHistory);
    }

    [Fact]
    public void Different_seed_gives_different_weights()
    {
        var data = SyntheticDensity.Make(100, seed: 9);

        using var first = Train(data);
        using var second = Train(data with { Seed = 10 });

        Assert.NotEqual(first.Predict(data.Features), second.Predict(data.Features));
    }

    [Fact]
    public void Seed_setting_overrides_the_seed_of_the_data()
    {
        var data = SyntheticDensity.Make(100, seed: 9);

        using var bySetting = Train(data with { Seed = 1 }, ("seed", "9"));
        using var byData = Train(data);

        Assert.Equal(byData.Predict(data.Features), bySetting.Predict(data.Features));
    }

    [Fact]
    public void Missing_features_give_finite_predictions()
    {
        var data = SyntheticDensity.Make(150, seed: 2);
        var random = new Random(4);
        var holey = data.Features
            .Select(row => row.Select(v => random.NextDouble() < 0.2 ? double.NaN : v).ToArray())
            .ToArray();

        using var trained = Train(data with { Features = holey });

        double[][] rows =
        [
            [double.NaN, 0.5, double.NaN, 1, 2, double.NaN],
            [.. holey[0].Select(_ => double.NaN)],
        ];
        var predicted = trained.Predict(rows);
        Assert.All(trained.LossHistory, loss => Assert.True(double.IsFinite(loss)));
        Assert.All(predicted.SelectMany(row => row), value => Assert.True(double.IsFinite(value)));
    }

    [Fact]
    public void Predicting_with_the_wrong_feature_count_names_expected_and_given()
    {
        using var trained = Train(SyntheticDensity.Make(40, seed: 1), ("epochs", "1"));

        var error = Assert.Throws<ArgumentException>(() => trained.Predict([[1, 2, 3, 4, 5]]));

        Assert.Equal(
            "prediction feature row 0 has 5 values, but 6 are expected, one per feature: "
            + "ph, do, bod, cod, tn, tp",
            error.Message);
    }

    [Fact]
    public void Training_refuses_a_NaN_target()
    {
        var data = SyntheticDensity.Make(40, seed: 1);
        data.Targets[7][2] = double.NaN;

        var error = Assert.Throws<ArgumentException>(() => Train(data));

        Assert.Equal(
            "training target 'mosquitofish' in row 7 is NaN; targets must be finite numbers",
            error.Message);
    }

    [Fact]
    public void Training_refuses_a_ragged_feature_row()
    {
        var data = SyntheticDensity.Make(40, seed: 1);
        data.Features[3] = [1, 2];

        var error = Assert.Throws<ArgumentException>(() => Train(data));

        Assert.Equal(
            "training feature row 3 has 2 values, but 6 are expected, one per feature: "
            + "ph, do, bod, cod, tn, tp",
            error.Message);
    }

    [Fact]
    public void Training_refuses_an_empty_table()
    {
        var data = SyntheticDensity.Make(0, seed: 1);

        var error = Assert.Throws<ArgumentException>(() => Train(data));

        Assert.Equal("training data has no rows", error.Message);
    }

    [Fact]
    public void Training_refuses_an_epoch_count_below_one()
    {
        var data = SyntheticDensity.Make(40, seed: 1);

        var error = Assert.Throws<PluginSettingException>(() => Train(data, ("epochs", "0")));

        Assert.Equal(
            "setting 'epochs' has the value '0', which is not a whole number of 1 or more; "
            + "give it as --set epochs=VALUE",
            error.Message);
    }

    [Fact]
    public void Loading_bytes_that_are_not_a_payload_fails_clearly()
    {
        using var payload = new MemoryStream("{\"weights\": []}"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => Model.Load(payload));

        Assert.Equal(
            "the model payload cannot be read: it does not start with the bytes FDAE "
            + "of an autoencoder payload",
            error.Message);
    }

    [Fact]
    public void Loading_a_truncated_payload_names_the_part_that_is_cut()
    {
        using var trained = Train(SyntheticDensity.Make(40, seed: 1), ("epochs", "1"));
        using var full = new MemoryStream();
        trained.Save(full);

        using var cut = new MemoryStream(full.ToArray()[..^10]);
        var error = Assert.Throws<InvalidDataException>(() => Model.Load(cut));

        Assert.Equal(
            "the model payload cannot be read: it ends inside head.output.bias (10 of 20 bytes)",
            error.Message);
    }

    private static ITrainedModel Train(TrainingData data, params (string Key, string Value)[] settings)
    {
        var withEpochs = settings.Any(s => s.Key == "epochs")
            ? settings
            : [.. settings, ("epochs", Epochs.ToString(CultureInfo.InvariantCulture))];

        return Model.Train(data, Settings(withEpochs), progress: null, CancellationToken.None);
    }

    private static PluginSettings Settings(params (string Key, string Value)[] pairs) =>
        new(pairs.ToDictionary(p => p.Key, p => p.Value));

    private static double Rmse(double[][] predicted, double[][] observed)
    {
        var squares = predicted.Zip(observed)
            .SelectMany(pair => pair.First.Zip(pair.Second, (p, o) => (p - o) * (p - o)));

        return Math.Sqrt(squares.Average());
    }

    /// <summary>Reports on the training thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class SynchronousProgress(Action<TrainingEpoch> report) : IProgress<TrainingEpoch>
    {
        public void Report(TrainingEpoch value) => report(value);
    }
}
