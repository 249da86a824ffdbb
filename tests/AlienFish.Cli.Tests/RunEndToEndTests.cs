using System.Globalization;
using AlienFish.Testing;

namespace AlienFish.Cli.Tests;

/// <summary>The built tool, as a user runs it, on a trimmed copy of the bundled sample.</summary>
public sealed class RunEndToEndTests
{
    private static readonly string[] AlienKoreanNames = ["블루길", "큰입배스", "떡붕어", "무지개송어", "향어"];

    [Fact]
    public void Should_predict_every_alien_species_for_every_matched_survey()
    {
        // Given the 2016 water quality, station list and fish sheets in a fresh folder
        using var temp = new TempFolder();
        var sample = Directory.CreateDirectory(temp.File("sample")).FullName;
        File.Copy(Path.Combine(RepoPaths.GeumWaterQuality, "geum2016.csv"), Path.Combine(sample, "geum2016.csv"));
        File.Copy(Path.Combine(RepoPaths.GeumFish, "어류_현지조사_2016.xls"), Path.Combine(sample, "어류_현지조사_2016.xls"));
        File.Copy(Path.Combine(RepoPaths.GeumFish, "어류_출현생물_2016.csv"), Path.Combine(sample, "어류_출현생물_2016.csv"));

        // When fishdens runs the whole job on it
        var (code, output, error) = ToolRunner.Process(temp.Path, "run", "sample", "--out-dir", "out");

        // Then it succeeds and writes a prediction per matched survey and alien species
        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        var matched = MatchedSurveys(output);
        var lines = File.ReadAllLines(temp.File("out/predictions.csv"));
        Assert.Equal("reach,reach_name,year,round,species,korean_name,density,observed_density", lines[0]);

        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(matched * AlienKoreanNames.Length, rows.Count);
        Assert.Equal(AlienKoreanNames.Order(), rows.Select(r => r[5]).Distinct().Order());
        Assert.All(rows, r => Assert.True(
            double.TryParse(r[6], CultureInfo.InvariantCulture, out var d) && d >= 0 && double.IsFinite(d)));
        Assert.True(File.Exists(temp.File("out/fishdens-model.zip")));
        Assert.True(File.Exists(temp.File("fishdens.db")));

        // And the run ends with the report of the same surveys
        Assert.Contains($"report of {matched} surveys, 5 species and ", output, StringComparison.Ordinal);
        Assert.Contains("data-plot=\"observed-predicted\"", File.ReadAllText(temp.File("out/report.html")), StringComparison.Ordinal);

        // And the same store cross-validates, one table row per fold scheme
        var cv = ToolRunner.Process(
            temp.Path, "evaluate", "--models", "autoencoder", "--folds", "3", "--set", "epochs=5", "--out", "cv.csv");
        Assert.True(cv.Code == 0, cv.Out + cv.Error);
        var table = cv.Out.Split('\n').Where(l => l.Length > 0).ToList();
        Assert.StartsWith($"cross-validation of 1 models on {matched} surveys", table[0], StringComparison.Ordinal);
        Assert.StartsWith("scheme ", table[1], StringComparison.Ordinal);
        Assert.StartsWith("k-fold (3) ", table[2], StringComparison.Ordinal);
        Assert.StartsWith("spatial blocks (3, 10 km) ", table[3], StringComparison.Ordinal);

        // 2 schemes x 3 folds x 5 species, after the header
        Assert.Equal(1 + (2 * 3 * 5), File.ReadAllLines(temp.File("cv.csv")).Length);

        // And the saved model explains itself: a row per variable and species, a curve point per step
        var explain = ToolRunner.Process(
            temp.Path, "explain", "-m", "out/fishdens-model.zip", "--steps", "3", "--repeats", "1", "--out-dir", "ex");
        Assert.True(explain.Code == 0, explain.Out + explain.Error);
        var features = ReadManifestFeatures(temp.File("out/fishdens-model.zip"));
        Assert.Equal(1 + (features * 5), File.ReadAllLines(temp.File("ex/importance.csv")).Length);
        Assert.Equal(1 + (features * 3 * 5), File.ReadAllLines(temp.File("ex/response-curves.csv")).Length);

        // And asking for a GPU where libtorch has no CUDA build fails as bad input, saying what is missing
        var gpu = ToolRunner.Process(temp.Path, "train", "--model", "sae", "--device", "cuda", "-o", "gpu.zip");
        Assert.Equal(2, gpu.Code);
        Assert.Contains(
            "\nfishdens: error: --device cuda: TorchSharp finds no CUDA device, because this autoencoder plugin "
            + "carries the CPU build of libtorch",
            gpu.Error.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("gpu.zip")));

        // And a model with a 2-D code draws the latent map of every matched survey
        var map = ToolRunner.Process(
            temp.Path, "train", "--set", "latent=2", "--set", "epochs=20", "--cv-folds", "0", "-o", "map.zip");
        Assert.True(map.Code == 0, map.Out + map.Error);
        var manifold = ToolRunner.Process(temp.Path, "manifold", "-m", "map.zip", "--out-dir", "mf");
        Assert.True(manifold.Code == 0, manifold.Out + manifold.Error);
        Assert.StartsWith($"latent map of {matched} surveys: trustworthiness (k = 5) ", manifold.Out, StringComparison.Ordinal);
        Assert.Equal(1 + matched, File.ReadAllLines(temp.File("mf/latent.csv")).Length);
        Assert.Equal(matched * 5, File.ReadAllText(temp.File("mf/latent-map.svg")).Split("<circle").Length - 1);

        // And the store's places and predictions export as GeoJSON layers
        var export = ToolRunner.Process(temp.Path, "export", "-f", "geojson", "-o", "gis");
        Assert.True(export.Code == 0, export.Out + export.Error);
        Assert.Contains($"matches: {matched} features written", export.Out, StringComparison.Ordinal);
        Assert.Contains($"predictions: {matched * 5} features written", export.Out, StringComparison.Ordinal);
    }

    private static int ReadManifestFeatures(string modelFile)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(modelFile);
        using var stream = zip.GetEntry("model.json")!.Open();
        using var json = System.Text.Json.JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("features").GetArrayLength();
    }

    private static int MatchedSurveys(string output)
    {
        // "match run 1 (nearest): 123 of 150 surveys matched, ..."
        var line = output.Split('\n').Single(l => l.StartsWith("match run ", StringComparison.Ordinal));
        var afterColon = line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        return int.Parse(afterColon[..afterColon.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }
}
