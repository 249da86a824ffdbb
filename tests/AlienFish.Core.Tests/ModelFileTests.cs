using AlienFish.Core.Training;
using AlienFish.Testing;

namespace AlienFish.Core.Tests;

public sealed class ModelFileTests
{
    [Fact]
    public void Should_read_back_the_manifest_and_payload_it_wrote()
    {
        using var temp = new TempFolder();
        var path = temp.File("m.zip");
        var manifest = Manifest();

        ModelFile.Save(path, manifest, s => s.Write([1, 2, 3, 250]));
        var (read, payload) = ModelFile.Read(path);

        Assert.Equal([1, 2, 3, 250], payload);
        Assert.Equal(manifest.Features, read.Features);
        Assert.Equal(manifest.Targets, read.Targets);
        Assert.Equal("abc", read.TrainingDataSha256);
        Assert.Equal("5", read.Settings["epochs"]);
    }

    [Fact]
    public void Should_leave_no_file_behind_when_the_payload_fails_to_write()
    {
        using var temp = new TempFolder();
        var path = temp.File("m.zip");

        Assert.Throws<IOException>(() => ModelFile.Save(path, Manifest(), _ => throw new IOException("disk full")));

        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_model_naming_it()
    {
        using var temp = new TempFolder();
        var path = temp.File("predictions.csv");
        File.WriteAllText(path, "reach,year\n");

        var error = Assert.Throws<PipelineException>(() => ModelFile.Read(path));

        Assert.StartsWith($"{path} is not a readable fishdens model file:", error.Message);
    }

    private static ModelManifest Manifest() => new()
    {
        Plugin = "autoencoder",
        PluginVersion = "1",
        Features = ["DO", "TP"],
        Targets = [new ModelTarget("Lepomis macrochirus", "Lepomis macrochirus", "블루길", "Invasive")],
        TrainingRows = 12,
        TrainingDataSha256 = "abc",
        Settings = new Dictionary<string, string> { ["epochs"] = "5" },
        Seed = 42,
        CreatedAt = "2026-12-04T00:00:00Z",
        FishdensVersion = "0.1.0",
    };
}
