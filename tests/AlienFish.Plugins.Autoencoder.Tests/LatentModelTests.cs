using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Autoencoder.Tests;

/// <summary>
/// The latent space of <c>autoencoder</c>, <c>sae</c> and <c>dae</c> as the host uses it: a map
/// of every survey's code, and how well each variable comes back through the decoder.
/// </summary>
public sealed class LatentModelTests
{
    private static readonly Dictionary<string, IModel> Models = new()
    {
        ["autoencoder"] = new AutoencoderModel(),
        ["sae"] = new StackedAutoencoderModel(),
        ["dae"] = new DenoisingAutoencoderModel(),
        ["mlp"] = new MultilayerPerceptronModel(),
    };

    public static TheoryData<string> LatentNames => ["autoencoder", "sae", "dae"];

    public static TheoryData<string> StackedNames => ["sae", "dae"];

    public static TheoryData<string, string, string, int> CodeSizes => new()
    {
        { "autoencoder", "latent", "2", 2 },
        { "sae", "layers", "16,8,2", 2 },
        { "dae", "layers", "16,8,2", 2 },
        { "autoencoder", "latent", "3", 3 },
        { "sae", "layers", "5,3", 3 },
        { "dae", "layers", "5,3", 3 },
    };

    [Theory]
    [MemberData(nameof(CodeSizes))]
    public void Latent_size_is_the_configured_code_size(string name, string key, string value, int size)
    {
        var data = TwoFactorSurvey.Make(60, seed: 1);

        using var trained = Train(name, data, (key, value));

        var latent = Assert.IsAssignableFrom<ILatentModel>(trained);
        Assert.Equal(size, latent.LatentSize);
        Assert.Equal(60, latent.Encode(data.Features).Length);
        Assert.All(latent.Encode(data.Features), code => Assert.Equal(size, code.Length));
    }

    [Theory]
    [MemberData(nameof(LatentNames))]
    public void Encode_gives_a_finite_code_per_row_even_with_missing_values(string name)
    {
        var data = Holey(TwoFactorSurvey.Make(120, seed: 2), seed: 4);
        double[][] rows = [.. data.Features, [.. data.FeatureNames.Select(_ => double.NaN)]];

        using var trained = (ILatentModel)Train(name, data);

        var codes = trained.Encode(rows);
        var reconstructions = trained.Reconstruct(rows);
        Assert.True(rows.SelectMany(r => r).Count(double.IsNaN) > 100, "a fifth of the inputs should be missing");
        Assert.Equal((rows.Length, rows.Length), (codes.Length, reconstructions.Length));
        Assert.All(codes, code => Assert.Equal(trained.LatentSize, code.Length));
        Assert.All(reconstructions, row => Assert.Equal(data.FeatureNames.Count, row.Length));
        Assert.All(codes.Concat(reconstructions).SelectMany(r => r), v => Assert.True(double.IsFinite(v)));
    }

    [Theory]
    [MemberData(nameof(LatentNames))]
    public void Saved_then_loaded_model_encodes_and_reconstructs_the_same_values(string name)
    {
        var data = Holey(TwoFactorSurvey.Make(100, seed: 5), seed: 6);
        using var trained = (ILatentModel)Train(name, data);
        using var payload = new MemoryStream();

        trained.Save(payload);
        payload.Position = 0;
        using var loaded = Models[name].Load(payload);

        var latent = Assert.IsAssignableFrom<ILatentModel>(loaded);
        Assert.Equal(trained.LatentSize, latent.LatentSize);
        Assert.Equal(trained.Encode(data.Features), latent.Encode(data.Features));
        Assert.Equal(trained.Reconstruct(data.Features), latent.Reconstruct(data.Features));
        Assert.Equal(payload.Length, payload.Position);
    }

    [Fact]
    public void Autoencoder_with_a_two_dimensional_code_reconstructs_far_better_than_the_mean()
    {
        var (features, targets) = TwoFactorSurvey.Rows(400, dataSeed: 17);
        var training = new TrainingData(
            TwoFactorSurvey.FeatureNames, TwoFactorSurvey.TargetNames, features[..300], targets[..300], 3);

        using var trained = (ILatentModel)Train(
            "autoencoder", training, ("latent", "2"), ("epochs", "200"), ("learning-rate", "0.005"));

        var ratios = ErrorToVariance(trained.Reconstruct(features[300..]), features[300..]);
        Assert.True(ratios.Average() <= 0.5, $"error / variance per variable: {string.Join(", ", ratios)}");
        Assert.All(ratios, ratio => Assert.True(ratio < 1, $"error / variance {ratio}"));
    }

    [Theory]
    [MemberData(nameof(StackedNames))]
    public void Refitted_decoders_reconstruct_better_than_before_and_near_the_pretraining_level(string name)
    {
        var data = Holey(TwoFactorSurvey.Make(300, seed: 3), seed: 11);
        (string, string)[] settings = [("layers", "16,8,2"), ("pretrain-epochs", "40"), ("epochs", "150")];

        using var refitted = (TrainedStackedAutoencoder)Train(name, data, settings);
        using var unrefitted = (TrainedStackedAutoencoder)Train(name, data, [.. settings, ("refit-epochs", "0")]);

        // The errors the trainer recorded are those of the models' own reconstructions.
        var trace = refitted.Trace!;
        Assert.Equal(trace.AfterRefit, ScaledError(refitted, data.Features), 1e-4);
        Assert.Equal(trace.AfterFineTuning, ScaledError(unrefitted, data.Features), 1e-4);

        // Fine-tuning moved the code away from the decoders; the refit brings them back.
        Assert.True(
            trace.AfterRefit < 0.8 * trace.AfterFineTuning && trace.AfterRefit < 1.2 * trace.AfterPretraining,
            $"{name}: after pre-training {trace.AfterPretraining}, after fine-tuning {trace.AfterFineTuning}, "
            + $"after the refit {trace.AfterRefit}");
    }

    [Theory]
    [MemberData(nameof(LatentNames))]
    public void Encode_gives_the_code_that_prediction_reads(string name)
    {
        var data = Holey(TwoFactorSurvey.Make(80, seed: 7), seed: 8);
        using var trained = (ILatentModel)Train(name, data);

        var codes = trained.Encode(data.Features);

        Assert.Equal(trained.Predict(data.Features), PredictFromCodes(trained, codes));
    }

    [Theory]
    [MemberData(nameof(LatentNames))]
    public void Equal_rows_get_equal_codes_and_a_changed_feature_changes_the_code(string name)
    {
        var data = TwoFactorSurvey.Make(80, seed: 9);
        double[] row = [.. data.Features[3]];
        double[] changed = [.. row];
        changed[2] += 1;

        using var trained = (ILatentModel)Train(name, data);

        var (first, second) = (trained.Encode([row])[0], trained.Encode([[.. row]])[0]);
        var together = trained.Encode([row, [.. row], changed]);
        Assert.Equal(first, second);
        Assert.All(together[0].Zip(together[1]), pair => Assert.Equal(pair.First, pair.Second, 1e-6));
        Assert.True(
            together[0].Zip(together[2]).Max(pair => Math.Abs(pair.First - pair.Second)) > 1e-3,
            $"codes {string.Join(", ", together[0])} and {string.Join(", ", together[2])}");
    }

    [Theory]
    [MemberData(nameof(LatentNames))]
    public void A_missing_value_is_encoded_as_the_training_mean(string name)
    {
        var data = TwoFactorSurvey.Make(80, seed: 10);
        var mean = data.Features.Sum(r => r[4]) / data.Features.Length;
        double[] missing = [.. data.Features[0]];
        double[] imputed = [.. data.Features[0]];
        (missing[4], imputed[4]) = (double.NaN, mean);

        using var trained = (ILatentModel)Train(name, data);

        var codes = trained.Encode([missing, imputed, data.Features[0]]);
        Assert.All(codes[0].Zip(codes[1]), pair => Assert.Equal(pair.Second, pair.First, 1e-5));
        Assert.NotEqual(codes[0], codes[2]);
    }

    [Fact]
    public void Encoding_a_row_of_the_wrong_width_names_the_use_and_the_features()
    {
        using var trained = (ILatentModel)Train("sae", TwoFactorSurvey.Make(40, seed: 1), ("epochs", "1"));

        var error = Assert.Throws<ArgumentException>(() => trained.Encode([[1, 2, 3]]));

        Assert.Equal(
            "encoding feature row 0 has 3 values, but 6 are expected, one per feature: ph, do, bod, cod, tn, tp",
            error.Message);
    }

    [Fact]
    public void Mlp_trained_or_loaded_has_no_latent_model()
    {
        using var trained = Train("mlp", TwoFactorSurvey.Make(40, seed: 1), ("epochs", "2"));
        using var payload = new MemoryStream();
        trained.Save(payload);
        payload.Position = 0;

        using var loaded = Models["mlp"].Load(payload);

        Assert.IsNotAssignableFrom<ILatentModel>(trained);
        Assert.IsNotAssignableFrom<ILatentModel>(loaded);
        Assert.Empty(Header(payload.ToArray()).RootElement.GetProperty("decoderParameters").EnumerateArray());
    }

    [Fact]
    public void Saved_dae_payload_lists_one_decoder_per_encoder_layer_after_the_network()
    {
        using var trained = Train("dae", TwoFactorSurvey.Make(40, seed: 1), ("layers", "5,3"), ("epochs", "1"));
        using var payload = new MemoryStream();

        trained.Save(payload);

        using var header = Header(payload.ToArray());
        var blocks = header.RootElement.GetProperty("decoderParameters").EnumerateArray()
            .Select(b => $"{b.GetProperty("name").GetString()} {b.GetProperty("shape").GetRawText()}");
        Assert.Equal(2, header.RootElement.GetProperty("payloadVersion").GetInt32());
        Assert.Equal(
            ["decoder1.weight [6,5]", "decoder1.bias [6]", "decoder2.weight [5,3]", "decoder2.bias [5]"],
            blocks);
    }

    [Fact]
    public void Version_1_sae_payload_still_predicts_the_same_but_has_no_decoder()
    {
        var data = TwoFactorSurvey.Make(60, seed: 2);
        using var trained = Train("sae", data, ("layers", "5,3"));
        using var current = new MemoryStream();
        trained.Save(current);

        using var old = new MemoryStream(AsVersion1(current.ToArray()));
        using var loaded = Models["sae"].Load(old);

        Assert.IsNotAssignableFrom<ILatentModel>(loaded);
        Assert.Equal(trained.Predict(data.Features), loaded.Predict(data.Features));
        Assert.Equal(old.Length, old.Position);
    }

    [Fact]
    public void Payload_of_a_later_version_names_the_versions_that_can_be_read()
    {
        using var trained = Train("sae", TwoFactorSurvey.Make(30, seed: 1), ("epochs", "1"));
        using var current = new MemoryStream();
        trained.Save(current);

        using var later = new MemoryStream(WithHeader(current.ToArray(), root => root["payloadVersion"] = 3));
        var error = Assert.Throws<NotSupportedException>(() => Models["sae"].Load(later));

        Assert.Equal(
            "the sae payload has version 3, but this plugin reads versions 1 to 2; train the model again "
            + "or use a matching fishdens",
            error.Message);
    }

    private static ITrainedModel Train(string name, TrainingData data, params (string Key, string Value)[] settings)
    {
        (string, string)[] defaults = [("pretrain-epochs", "20"), ("epochs", "30"), ("learning-rate", "0.01")];
        var pairs = defaults.Where(d => settings.All(s => s.Key != d.Item1)).Concat(settings);

        var options = new PluginSettings(pairs.ToDictionary(p => p.Item1, p => p.Item2));

        return Models[name].Train(data, options, null, default);
    }

    /// <summary>The data with about a fifth of its feature values missing.</summary>
    private static TrainingData Holey(TrainingData data, int seed)
    {
        var random = new Random(seed);

        return data with
        {
            Features =
            [
                .. data.Features.Select(row => row.Select(v => random.NextDouble() < 0.2 ? double.NaN : v).ToArray()),
            ],
        };
    }

    /// <summary>What the model's own heads predict from the given codes.</summary>
    private static double[][] PredictFromCodes(ILatentModel model, double[][] codes) => model switch
    {
        TrainedAutoencoder autoencoder => autoencoder.PredictFromCodes(codes),
        TrainedStackedAutoencoder stacked => stacked.Model.PredictFromCodes(codes),
        _ => throw new ArgumentException($"no heads known for {model.GetType().Name}", nameof(model)),
    };

    /// <summary>
    /// The mean squared error of the model's reconstruction over the measured values, each
    /// variable in units of its training deviation, as the trainer scales it.
    /// </summary>
    private static double ScaledError(TrainedStackedAutoencoder model, double[][] features)
    {
        var reconstructed = model.Reconstruct(features);
        var deviations = model.Model.FeatureScaler.Deviations;
        var squares = features
            .SelectMany((row, r) => row.Select((value, c) => (value - reconstructed[r][c]) / deviations[c]))
            .Where(double.IsFinite)
            .Select(error => error * error);

        return squares.Average();
    }

    /// <summary>Per variable, the mean squared reconstruction error over the variable's variance.</summary>
    private static double[] ErrorToVariance(double[][] reconstructed, double[][] observed)
    {
        var columns = observed[0].Length;
        var ratios = new double[columns];

        for (var c = 0; c < columns; c++)
        {
            var mean = observed.Sum(row => row[c]) / observed.Length;
            var variance = observed.Sum(row => (row[c] - mean) * (row[c] - mean)) / observed.Length;
            var error = observed.Zip(reconstructed).Sum(p => Math.Pow(p.First[c] - p.Second[c], 2)) / observed.Length;
            ratios[c] = error / variance;
        }

        return ratios;
    }

    private static JsonDocument Header(byte[] payload)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(4));

        return JsonDocument.Parse(payload.AsMemory(8, length));
    }

    /// <summary>A version 2 payload as version 1 wrote it: no decoder blocks, in the header or after it.</summary>
    private static byte[] AsVersion1(byte[] payload)
    {
        using var header = Header(payload);
        var decoderFloats = header.RootElement.GetProperty("decoderParameters").EnumerateArray()
            .Sum(b => b.GetProperty("shape").EnumerateArray().Aggregate(1L, (n, d) => n * d.GetInt64()));

        var old = WithHeader(payload, root =>
        {
            root["payloadVersion"] = 1;
            root.Remove("decoderParameters");
        });

        return old[..^checked((int)decoderFloats * sizeof(float))];
    }

    private static byte[] WithHeader(byte[] payload, Action<JsonObject> change)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(4));
        var root = JsonNode.Parse(payload.AsSpan(8, length))!.AsObject();
        change(root);

        var header = Encoding.UTF8.GetBytes(root.ToJsonString());
        var size = new byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(size, header.Length);

        return [.. payload[..4], .. size, .. header, .. payload[(8 + length)..]];
    }
}
