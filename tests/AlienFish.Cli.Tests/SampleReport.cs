using AlienFish.Testing;

namespace AlienFish.Cli.Tests;

/// <summary>
/// The 2016 Geum sample imported, matched and used to train a small autoencoder with
/// cross-validation, then reported by the built tool: shared by the report's end-to-end tests.
/// </summary>
public sealed class SampleReport : IDisposable
{
    private readonly TempFolder _temp = new();

    public SampleReport()
    {
        var sample = Directory.CreateDirectory(_temp.File("sample")).FullName;
        foreach (var file in new[] { "어류_현지조사_2016.xls", "어류_출현생물_2016.csv" })
        {
            File.Copy(Path.Combine(RepoPaths.GeumFish, file), Path.Combine(sample, file));
        }

        File.Copy(Path.Combine(RepoPaths.GeumWaterQuality, "geum2016.csv"), Path.Combine(sample, "geum2016.csv"));

        Step("import", "sample");
        Step("match");
        Train = Step("train", "--set", "epochs=20", "--cv-folds", "3", "-o", "small.zip");
        Report = Step("report", "-m", "small.zip", "-o", "report.html");
        Html = File.ReadAllText(_temp.File("report.html"));
    }

    public string Folder => _temp.Path;

    public string Database => _temp.File("fishdens.db");

    public string Train { get; }

    public string Report { get; }

    public string Html { get; }

    public void Dispose() => _temp.Dispose();

    private string Step(params string[] args)
    {
        var (code, output, error) = ToolRunner.Process(_temp.Path, args);

        if (code != 0)
        {
            throw new InvalidOperationException($"fishdens {string.Join(' ', args)}: exit {code}\n{output}\n{error}");
        }

        return output;
    }
}
