using System.Buffers.Binary;
using System.Reflection;
using System.Text.Json;
using AlienFish.Abstractions;
using AlienFish.Plugins.Baselines;
using AlienFish.Plugins.Baselines.Tests;

namespace AlienFish.Plugins.Autoencoder.Tests;

/// <summary>The <c>sae</c>, <c>dae</c> and <c>mlp</c> models through the plugin contract.</summary>
public sealed class StackedModelTests
{
    private static readonly Dictionary<string, IModel> Models = new()
    {
        ["sae"] = new StackedAutoencoderModel(),
        ["dae"] = new DenoisingAutoencoderModel(),
        ["mlp"] = new MultilayerPerceptronModel(),
    };

    public static TheoryData<string> AllNames => ["sae", "dae", "mlp"];

    public static TheoryData<string> AutoencoderNames => ["sae", "dae"];

    [Fact]
    public void Assembly_names_every_model_as_a_plugin_entry()
    {
        var entries = typeof(StackedAutoencoderModel).Assembly
            .GetCustomAttributes<FishdensPluginAttribute>()
            .Select(a => Activator.CreateInstance(a.EntryType))
            .OfType<IModel>()
            .Select(m => (m.Name, m.Kind, m.Version))
            .Order();

        Assert.Equal(
            [("autoencoder", PluginKind.Model, "1"), ("dae", PluginKind.Model, "2"),
                ("mlp", PluginKind.Model, "2"), ("sae", PluginKind.Model, "2")],
            entries);
    }

    [Fact]
    public void Each_pretraining_stage_and_the_fine_tuning_lower_their_own_loss()
    {
        var epochs = new List<TrainingEpoch>();

        using var trained = Models["sae"].Train(
            ZeroInflatedSurvey.Make(200, seed: 1),
            Settings(("layers", "16,8,4"), ("pretrain-epochs", "30"), ("epochs", "40"), ("learning-rate", "0.005")),
            new SynchronousProgress(epochs.Add),
            default);

        var stages = epochs.GroupBy(e => e.Stage).ToList();
        Assert.Equal(
            ["pretrain-1", "pretrain-2", "pretrain-3", "finetune", "refit-decoder"], stages.Select(s => s.Key));
        Assert.All(stages, stage =>
        {
            var (first, last) = (stage.First().Loss, stage.Last().Loss);
            Assert.True(last < first * 0.9, $"{stage.Key} went from {first} to {last}");
        });
        Assert.Equal(stages[^2].Select(e => e.Loss), trained.LossHistory);
    }

    [Fact]
    public void Mlp_trains_in_one_stage_without_pretraining()
    {
        var epochs = new List<TrainingEpoch>();

        using var trained = Models["mlp"].Train(
            ZeroInflatedSurvey.Make(60, seed: 1),
            Settings(("epochs", "3")),
            new SynchronousProgress(epochs.Add),
            default);

        Assert.Equal([("fit", 1), ("fit", 2), ("fit", 3)], epochs.Select(e => (e.Stage, e.Epoch)));
    }

    [Theory]
    [MemberData(nameof(AutoencoderNames))]
    public void Autoencoder_beats_the_mean_on_held_out_rows_by_at_least_a_fifth(string name)
    {
        var (features, targets) = ZeroInflatedSurvey.Rows(300, dataSeed: 21);
        var training = new TrainingData(
            ZeroInflatedSurvey.FeatureNames, ZeroInflatedSurvey.TargetNames, features[..200], targets[..200], 3);

        using var mean = new MeanModel().Train(training, PluginSettings.Empty, null, default);
        using var trained = Models[name].Train(training, Fast(("epochs", "150")), null, default);

        var meanError = Rmse(mean.Predict(features[200..]), targets[200..]);
        var modelError = Rmse(trained.Predict(features[200..]), targets[200..]);
        Assert.True(modelError < meanError * 0.8, $"{name} RMSE {modelError}, mean RMSE {meanError}");
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void Presence_head_gives_the_chance_of_presence_that_generated_the_data(string name)
    {
        var (features, targets) = ZeroInflatedSurvey.Rows(600, dataSeed: 21);
        var training = new TrainingData(
            ZeroInflatedSurvey.FeatureNames, ZeroInflatedSurvey.TargetNames, features[..400], targets[..400], 3);
        using var trained = Models[name].Train(training, Fast(("epochs", "150")), null, default);

        var chances = Assert.IsAssignableFrom<IPresenceModel>(trained).PredictPresence(features[400..]);

        // The generator's own chances: logistic in the first two features, see ZeroInflatedSurvey.
        var truth = features[400..].Select(f => new[]
        {
            1 / (1 + Math.Exp(-3 * (f[0] + (0.5 * f[1]) - 0.3))),
            1 / (1 + Math.Exp(-3 * (f[1] - (0.5 * f[0]) - 0.4))),
        }).ToArray();
        var error = chances.Zip(truth).SelectMany(p => p.First.Zip(p.Second, (c, t) => Math.Abs(c - t))).Average();
        Assert.All(chances.SelectMany(row => row), chance => Assert.InRange(chance, 0, 1));
        Assert.True(error < 0.12, $"{name}: mean |p - true chance| = {error}");
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void Saved_then_loaded_model_predicts_the_same_values(string name)
    {
        var data = ZeroInflatedSurvey.Make(120, seed: 5);
        using var trained = Models[name].Train(data, Fast(), null, default);
        using var payload = new MemoryStream();

        trained.Save(payload);
        payload.Position = 0;
        using var loaded = Models[name].Load(payload);

        Assert.Equal(trained.Predict(data.Features), loaded.Predict(data.Features));
        Assert.Equal(
            ((IPresenceModel)trained).PredictPresence(data.Features),
            ((IPresenceModel)loaded).PredictPresence(data.Features));
        Assert.Equal(trained.FeatureNames, loaded.FeatureNames);
        Assert.Equal(trained.TargetNames, loaded.TargetNames);
        Assert.Equal(trained.LossHistory, loaded.LossHistory);
        Assert.Equal(payload.Length, payload.Position);
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void Same_seed_gives_identical_predictions_and_another_seed_does_not(string name)
    {
        var data = ZeroInflatedSurvey.Make(100, seed: 9);

        using var first = Models[name].Train(data, Fast(), null, default);
        using var second = Models[name].Train(data, Fast(), null, default);
        using var other = Models[name].Train(data with { Seed = 10 }, Fast(), null, default);

        Assert.Equal(first.Predict(data.Features), second.Predict(data.Features));
        Assert.NotEqual(first.Predict(data.Features), other.Predict(data.Features));
    }

    [Fact]
    public void Dae_trains_and_predicts_with_a_fifth_of_the_inputs_missing()
    {
        var data = ZeroInflatedSurvey.Make(150, seed: 2);
        var random = new Random(4);
        var holey = data.Features
            .Select(row => row.Select(v => random.NextDouble() < 0.2 ? double.NaN : v).ToArray())
            .ToArray();

        using var trained = Models["dae"].Train(data with { Features = holey }, Fast(), null, default);

        var predicted = trained.Predict([.. holey, [.. holey[0].Select(_ => double.NaN)]]);
        Assert.True(holey.SelectMany(r => r).Count(double.IsNaN) > 150, "a fifth of the inputs should be missing");
        Assert.All(trained.LossHistory, loss => Assert.True(double.IsFinite(loss)));
        Assert.All(predicted.SelectMany(row => row), value => Assert.True(double.IsFinite(value) && value >= 0));
    }

    [Fact]
    public void Saved_payload_names_its_format_shape_features_and_scaling()
    {
        using var trained = Models["dae"].Train(
            ZeroInflatedSurvey.Make(40, seed: 1), Fast(("layers", "5,3"), ("epochs", "1")), null, default);
        using var payload = new MemoryStream();

        trained.Save(payload);

        var bytes = payload.ToArray();
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        using var header = JsonDocument.Parse(bytes.AsMemory(8, length));
        var root = header.RootElement;
        Assert.Equal("FDSN"u8.ToArray(), bytes[..4]);
        Assert.Equal("fishdens-dae", root.GetProperty("format").GetString());
        Assert.Equal(2, root.GetProperty("payloadVersion").GetInt32());
        Assert.Equal("""{"inputs":6,"layers":[5,3],"targets":2}""", root.GetProperty("shape").GetRawText());
        Assert.Equal((0.1, 0.2), (root.GetProperty("settings").GetProperty("noiseSd").GetDouble(),
            root.GetProperty("settings").GetProperty("maskRate").GetDouble()));
        Assert.Equal(
            ZeroInflatedSurvey.FeatureNames,
            root.GetProperty("featureNames").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(2, root.GetProperty("densityScaling").GetProperty("means").GetArrayLength());
    }

    [Fact]
    public void Loading_a_dae_payload_as_sae_says_which_model_wrote_it()
    {
        using var trained = Models["dae"].Train(
            ZeroInflatedSurvey.Make(30, seed: 1), Fast(("epochs", "1")), null, default);
        using var payload = new MemoryStream();
        trained.Save(payload);
        payload.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => Models["sae"].Load(payload));

        Assert.Equal(
            "the model payload cannot be read: it was written by the model 'dae', not 'sae'; load it with --model dae",
            error.Message);
    }

    [Theory]
    [InlineData("layers", "16,x", "a comma-separated list of layer widths of 1 or more, e.g. 16,8,4")]
    [InlineData("layers", "16,0,4", "a comma-separated list of layer widths of 1 or more, e.g. 16,8,4")]
    [InlineData("layers", "", "a comma-separated list of layer widths of 1 or more, e.g. 16,8,4")]
    [InlineData("pretrain-epochs", "0", "a whole number of 1 or more")]
    [InlineData("mask-rate", "1", "a number from 0 up to but not including 1")]
    [InlineData("noise-sd", "-0.1", "a number of 0 or more")]
    [InlineData("learning-rate", "fast", "a number")]
    public void Dae_refuses_a_bad_setting_with_its_key_and_value(string key, string value, string expected)
    {
        var data = ZeroInflatedSurvey.Make(20, seed: 1);

        var error = Assert.Throws<PluginSettingException>(
            () => Models["dae"].Train(data, Settings((key, value)), null, default));

        Assert.Equal(
            $"setting '{key}' has the value '{value}', which is not {expected}; give it as --set {key}=VALUE",
            error.Message);
    }

    [Theory]
    [InlineData("sae")]
    [InlineData("dae")]
    [InlineData("mlp")]
    [InlineData("autoencoder")]
    public void Training_on_cuda_with_the_cpu_build_of_libtorch_says_what_is_missing_and_how_to_get_it(string name)
    {
        IModel model = name == "autoencoder" ? new AutoencoderModel() : Models[name];
        var data = ZeroInflatedSurvey.Make(20, seed: 1) with { Device = "cuda" };
        var folder = Path.GetDirectoryName(typeof(StackedAutoencoderModel).Assembly.Location);

        var error = Assert.Throws<DeviceUnavailableException>(() => model.Train(data, Fast(), null, default));

        Assert.Equal("cuda", error.Device);
        Assert.Equal(
            "--device cuda: TorchSharp finds no CUDA device, because this autoencoder plugin carries the CPU "
            + $"build of libtorch (the package libtorch-cpu-linux-x64; there is no libtorch_cuda.so in {folder}). "
            + "To train on a GPU, on a machine with an NVIDIA GPU and its driver, build the plugin with the "
            + "package libtorch-cuda-12.8-linux-x64 in place of libtorch-cpu-linux-x64 and install it with "
            + "--plugins; or leave out --device to train on the CPU.",
            error.Message);
    }

    [Fact]
    public void Training_on_a_device_that_is_neither_cpu_nor_cuda_names_the_two()
    {
        var data = ZeroInflatedSurvey.Make(20, seed: 1) with { Device = "tpu" };

        var error = Assert.Throws<DeviceUnavailableException>(() => Models["sae"].Train(data, Fast(), null, default));

        Assert.Equal("--device tpu: the autoencoder models train on cpu or cuda", error.Message);
    }

    [Fact]
    public void Training_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Models["sae"].Train(
            ZeroInflatedSurvey.Make(40, seed: 1), PluginSettings.Empty, null, cancelled.Token));
    }

    /// <summary>Settings that train in a fraction of a second on a few hundred rows.</summary>
    internal static PluginSettings Fast(params (string Key, string Value)[] overrides)
    {
        (string, string)[] defaults = [("pretrain-epochs", "20"), ("epochs", "30"), ("learning-rate", "0.01")];

        return Settings([.. defaults.Where(d => overrides.All(o => o.Key != d.Item1)), .. overrides]);
    }

    internal static PluginSettings Settings(params (string Key, string Value)[] pairs) =>
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
