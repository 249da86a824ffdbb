using AlienFish.Testing;

namespace AlienFish.Cli.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("import", "fishdens import samples/geum")]
    [InlineData("crawl", "fishdens crawl --source")]
    [InlineData("match", "fishdens match --set max-distance-km=3 --set window-days=30")]
    [InlineData("train", "fishdens train --model autoencoder --set epochs=500 --out geum.zip")]
    [InlineData("predict", "fishdens predict -m geum.zip --input new-sites.csv --out -")]
    [InlineData("run", "fishdens run samples/geum")]
    public async Task Should_end_each_command_help_with_a_real_example(string command, string example)
    {
        var (code, output, _) = await ToolRunner.InProcess(command, "--help");

        Assert.Equal(0, code);
        var examples = output[output.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains("  " + example, examples, StringComparison.Ordinal);
        Assert.Contains("--db <FILE>", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_exit_with_the_usage_code_for_an_unknown_command()
    {
        var (code, _, error) = await ToolRunner.InProcess("imprt", "x");

        Assert.Equal(1, code);
        Assert.Contains("Unrecognized command or argument 'imprt'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_setting_without_an_equals_sign()
    {
        using var temp = new TempFolder();

        var (code, output, error) = await ToolRunner.InProcess(
            "match", "--db", temp.File("s.db"), "--set", "max-distance-km");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(
            "fishdens: error: --set 'max-distance-km' is not of the form key=value" + Environment.NewLine,
            error);
    }

    [Theory]
    [InlineData("train")]
    [InlineData("evaluate")]
    public async Task Should_exit_with_the_usage_code_for_a_device_other_than_cpu_or_cuda(string command)
    {
        using var temp = new TempFolder();

        var (code, _, error) = await ToolRunner.InProcess(command, "--db", temp.File("s.db"), "--device", "gpu");

        Assert.Equal(1, code);
        Assert.Contains(
            "Argument 'gpu' not recognized. Must be one of:\n\t'cpu'\n\t'cuda'",
            error.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_not_load_the_plotting_libraries_for_a_command_that_draws_nothing()
    {
        using var temp = new TempFolder();

        var (code, _, _) = await ToolRunner.InProcess(
            "plugins", "list", "--db", temp.File("s.db"), "--plugins", ToolRunner.BuiltInPlugins);
        await ToolRunner.InProcess("manifold", "--help");

        Assert.Equal(0, code);
        Assert.DoesNotContain(
            AppDomain.CurrentDomain.GetAssemblies(),
            a => a.GetName().Name is "ScottPlot" or "SkiaSharp");
    }

    [Fact]
    public async Task Should_say_what_to_do_when_training_before_matching()
    {
        using var temp = new TempFolder();

        var (code, _, error) = await ToolRunner.InProcess(
            "train", "--db", temp.File("s.db"), "--plugins", ToolRunner.BuiltInPlugins);

        Assert.Equal(4, code);
        Assert.Contains(
            $"fishdens: error: the store {temp.File("s.db")} has no match run yet; run 'fishdens match' first",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_name_the_installed_matchers_when_asked_for_a_missing_one()
    {
        using var temp = new TempFolder();

        var (code, _, error) = await ToolRunner.InProcess(
            "match", "--db", temp.File("s.db"), "--plugins", ToolRunner.BuiltInPlugins, "--matcher", "kriging");

        Assert.Equal(3, code);
        Assert.Contains(
            "fishdens: error: no matcher plugin named 'kriging' (installed: nearest, same-site)",
            error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_the_built_in_plugins_with_kind_version_and_folder()
    {
        using var temp = new TempFolder();
        var filesFolder = Path.Combine(ToolRunner.BuiltInPlugins, "AlienFish.Plugins.Files");

        var (code, output, _) = await ToolRunner.InProcess(
            "plugins", "list", "--db", temp.File("s.db"), "--plugins", ToolRunner.BuiltInPlugins);

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("name", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("files ", StringComparison.Ordinal)
            && l.Contains("source (files)", StringComparison.Ordinal)
            && l.TrimEnd().EndsWith(filesFolder, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("nearest ", StringComparison.Ordinal)
            && l.Contains(" matcher ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("autoencoder ", StringComparison.Ordinal)
            && l.Contains(" model ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("broken:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_report_broken_plugins_in_one_line_each_and_list_the_good_one()
    {
        using var temp = new TempFolder();
        var fixtures = Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

        var (code, output, error) = await ToolRunner.InProcess(
            "plugins", "list", "--db", temp.File("s.db"), "--plugins", fixtures);

        Assert.Equal(0, code);
        Assert.Contains("fixture-stations  source (files)", output, StringComparison.Ordinal);
        Assert.Contains(
            $"broken: plugin 'FixtureThrows' in {Path.Combine(fixtures, "FixtureThrows")} was skipped: "
            + "creating RefusingMatcher threw InvalidOperationException: the fixture refuses to start",
            output,
            StringComparison.Ordinal);
        Assert.Contains("broken: plugin 'FixtureWrongContract'", output, StringComparison.Ordinal);
        Assert.Contains("fishdens: warning: plugin 'FixtureThrows'", error, StringComparison.Ordinal);
    }
}
