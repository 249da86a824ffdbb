using System.Reflection;
using System.Text.Json;
using AlienFish.Abstractions;
using static AlienFish.Plugins.Baselines.Tests.TestSupport;

namespace AlienFish.Plugins.Baselines.Tests;

/// <summary>The <c>mean</c> and <c>pca-ridge</c> models through the plugin contract.</summary>
public sealed class BaselineModelTests
{
    private static readonly IModel Mean = new MeanModel();

    private static readonly IModel PcaRidge = new PcaRidgeModel();

    public static TheoryData<string> ModelNames => ["mean", "pca-ridge"];

    [Fact]
    public void Assembly_names_both_models_as_plugin_entries()
    {
        var entries = typeof(MeanModel).Assembly.GetCustomAttributes<FishdensPluginAttribute>()
            .Select(a => a.EntryType)
            .ToHashSet();

        Assert.Equal([typeof(MeanModel), typeof(PcaRidgeModel)], entries.OrderBy(t => t.Name));
        Assert.Equal(("mean", "pca-ridge"), (Mean.Name, PcaRidge.Name));
        Assert.All(new[] { Mean, PcaRidge }, m => Assert.Equal((PluginKind.Model, "1"), (m.Kind, m.Version)));
    }

    [Fact]
    public void Mean_predicts_the_training_mean_of_each_target_for_every_row()
    {
        var data = ZeroInflatedSurvey.Make(50, seed: 1);

        using var trained = Mean.Train(data, PluginSettings.Empty, null, default);
        var predicted = trained.Predict([[double.NaN, 0, 0, 0, 0, 0], data.Features[3]]);

        var expected = new[] { data.Targets.Sum(r => r[0]) / 50, data.Targets.Sum(r => r[1]) / 50 };
        Assert.All(predicted, row => Assert.Equal(expected, row, new ToleranceComparer(1e-12)));
    }

    [Fact]
    public void Pca_ridge_beats_the_mean_on_held_out_rows_by_at_least_ten_percent()
    {
        var (features, targets) = ZeroInflatedSurvey.Rows(300, dataSeed: 21);
        var training = new TrainingData(
            ZeroInflatedSurvey.FeatureNames, ZeroInflatedSurvey.TargetNames, features[..200], targets[..200], 1);

        using var mean = Mean.Train(training, PluginSettings.Empty, null, default);
        using var ridge = PcaRidge.Train(training, PluginSettings.Empty, null, default);

        var meanError = Rmse(mean.Predict(features[200..]), targets[200..]);
        var ridgeError = Rmse(ridge.Predict(features[200..]), targets[200..]);
        Assert.True(ZeroInflatedSurvey.ZeroShare(targets) > 0.4, "the table should be mostly absences");
        Assert.True(ridgeError < meanError * 0.9, $"pca-ridge RMSE {ridgeError}, mean RMSE {meanError}");
    }

    [Fact]
    public void Pca_ridge_with_every_component_and_no_penalty_recovers_an_exact_linear_relation()
    {
        var random = new Random(3);
        var features = Enumerable.Range(0, 40)
            .Select(_ => Enumerable.Range(0, 3).Select(_ => random.NextDouble() * 10).ToArray())
            .ToArray();
        var targets = features.Select(f => new[] { 5 + (0.5 * f[0]) - (0.2 * f[1]) + (0.1 * f[2]) }).ToArray();
        var data = new TrainingData(["a", "b", "c"], ["y"], features, targets, 1);

        using var trained = PcaRidge.Train(data, Settings(("latent", "3"), ("alpha", "0")), null, default);

        Assert.Equal(
            targets.Select(t => t[0]),
            trained.Predict(features).Select(p => p[0]),
            new ToleranceComparer(1e-9));
    }

    [Fact]
    public void Pca_ridge_keeps_no_more_components_than_there_are_features()
    {
        var full = ZeroInflatedSurvey.Make(60, seed: 1);
        var data = full with { FeatureNames = ["ph", "do"], Features = [.. full.Features.Select(r => r[..2])] };

        using var trained = PcaRidge.Train(data, Settings(("latent", "4")), null, default);
        using var payload = new MemoryStream();
        trained.Save(payload);

        using var json = JsonDocument.Parse(payload.ToArray());
        Assert.Equal(2, json.RootElement.GetProperty("components").GetArrayLength());
    }

    [Fact]
    public void Pca_ridge_predicts_finite_values_with_a_fifth_of_the_inputs_missing()
    {
        var data = ZeroInflatedSurvey.Make(150, seed: 2);
        var random = new Random(4);
        var holey = data.Features
            .Select(row => row.Select(v => random.NextDouble() < 0.2 ? double.NaN : v).ToArray())
            .ToArray();

        using var trained = PcaRidge.Train(data with { Features = holey }, PluginSettings.Empty, null, default);

        var predicted = trained.Predict([.. holey, [.. holey[0].Select(_ => double.NaN)]]);
        Assert.All(predicted.SelectMany(row => row), value => Assert.True(double.IsFinite(value) && value >= 0));
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Saved_then_loaded_model_predicts_the_same_values(string name)
    {
        var model = name == "mean" ? Mean : PcaRidge;
        var data = ZeroInflatedSurvey.Make(120, seed: 5);
        using var trained = model.Train(data, PluginSettings.Empty, null, default);

        using var loaded = RoundTrip(model, trained);

        Assert.Equal(trained.Predict(data.Features), loaded.Predict(data.Features));
        Assert.Equal(trained.FeatureNames, loaded.FeatureNames);
        Assert.Equal(trained.TargetNames, loaded.TargetNames);
        Assert.Equal(trained.LossHistory, loaded.LossHistory);
    }

    [Fact]
    public void Pca_ridge_payload_names_its_format_features_targets_and_scaling()
    {
        var data = ZeroInflatedSurvey.Make(80, seed: 1);
        using var trained = PcaRidge.Train(data, Settings(("latent", "3"), ("alpha", "2.5")), null, default);
        using var payload = new MemoryStream();

        trained.Save(payload);

        using var json = JsonDocument.Parse(payload.ToArray());
        var root = json.RootElement;
        Assert.Equal("fishdens-pca-ridge", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("payloadVersion").GetInt32());
        Assert.Equal("""{"latent":3,"alpha":2.5}""", root.GetProperty("settings").GetRawText().Replace(" ", "")
            .Replace("\n", "").Replace("\r", ""));
        Assert.Equal(
            ZeroInflatedSurvey.FeatureNames,
            root.GetProperty("featureNames").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(data.Features.Average(r => r[0]), root.GetProperty("featureMeans")[0].GetDouble(), 12);
    }

    [Fact]
    public void Loading_a_mean_payload_as_pca_ridge_names_both_formats()
    {
        using var trained = Mean.Train(ZeroInflatedSurvey.Make(20, seed: 1), PluginSettings.Empty, null, default);
        using var payload = new MemoryStream();
        trained.Save(payload);
        payload.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => PcaRidge.Load(payload));

        Assert.Equal(
            "the model payload cannot be read: its format is 'fishdens-mean', not "
            + "'fishdens-pca-ridge'; load it with the model that wrote it",
            error.Message);
    }

    [Fact]
    public void Loading_a_pca_ridge_payload_without_its_fit_says_so()
    {
        using var payload = new MemoryStream("""{"format":"fishdens-pca-ridge","payloadVersion":1}"""u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => PcaRidge.Load(payload));

        Assert.Equal(
            "the model payload cannot be read: it lacks one of the fields of a pca-ridge fit",
            error.Message);
    }

    [Theory]
    [InlineData("latent", "0", "a whole number of 1 or more")]
    [InlineData("latent", "two", "a whole number")]
    [InlineData("alpha", "-1", "a number of 0 or more")]
    public void Pca_ridge_refuses_a_bad_setting_with_its_key_and_value(string key, string value, string expected)
    {
        var data = ZeroInflatedSurvey.Make(20, seed: 1);

        var error = Assert.Throws<PluginSettingException>(
            () => PcaRidge.Train(data, Settings((key, value)), null, default));

        Assert.Equal(
            $"setting '{key}' has the value '{value}', which is not {expected}; give it as --set {key}=VALUE",
            error.Message);
    }

    [Fact]
    public void Training_refuses_a_NaN_target()
    {
        var data = ZeroInflatedSurvey.Make(20, seed: 1);
        data.Targets[7][1] = double.NaN;

        var error = Assert.Throws<ArgumentException>(() => PcaRidge.Train(data, PluginSettings.Empty, null, default));

        Assert.Equal(
            "training target 'largemouth-bass' in row 7 is NaN; targets must be finite numbers",
            error.Message);
    }
}
