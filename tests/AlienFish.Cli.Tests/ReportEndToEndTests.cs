using System.Globalization;
using AlienFish.Testing;
using Microsoft.Data.Sqlite;

namespace AlienFish.Cli.Tests;

/// <summary><c>fishdens report</c> as a user runs it, checked against the store it was made from.</summary>
[Collection(SampleReportCollection.Name)]
public sealed class ReportEndToEndTests
{
    private readonly SampleReport _sample;

    public ReportEndToEndTests(SampleReport sample)
    {
        _sample = sample;
    }

    [Fact]
    public void Should_plot_every_alien_species_with_a_point_per_matched_survey_that_has_a_density()
    {
        // Given the store's alien species and the matched surveys with a surveyed area and every count known
        var species = Strings("SELECT key FROM species WHERE status IN ('Alien', 'Invasive')");
        var surveys = Count(
            """
            SELECT COUNT(*) FROM matches m
            JOIN surveys s ON s.network = m.network AND s.reach_code = m.reach_code
                AND s.year = m.year AND s.round = m.round
            WHERE m.run_id = (SELECT MAX(id) FROM match_runs) AND s.area_m2 > 0
              AND NOT EXISTS (SELECT 1 FROM counts c JOIN species p ON p.key = c.species_key
                WHERE c.network = m.network AND c.reach_code = m.reach_code AND c.year = m.year
                  AND c.round = m.round AND c.count IS NULL AND p.status IN ('Alien', 'Invasive'))
            """);

        // When the report made from it is read
        var plots = ReportHtml.Plots(ReportHtml.Parse(_sample.Html), "observed-predicted");

        // Then each species has one plot with one point per such survey
        Assert.Equal(5, species.Count);
        Assert.Equal(species.Order(), plots.Select(p => (string)p.Attribute("data-species")!).Order());
        Assert.All(plots, p => Assert.Equal(surveys, ReportHtml.Shapes(p, "circle", "point").Count));
        Assert.Contains($" on {surveys} surveys ", _sample.Train, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_count_in_the_histogram_the_distances_of_the_latest_match_run()
    {
        var distances = Doubles("SELECT distance_m FROM matches WHERE run_id = (SELECT MAX(id) FROM match_runs)");

        var plot = ReportHtml.Plots(ReportHtml.Parse(_sample.Html), "distance-histogram").Single();

        var bars = ReportHtml.Shapes(plot, "rect", "bar");
        Assert.Equal(distances.Count, bars.Sum(b => (int)ReportHtml.Number(b, "data-count")));
        Assert.All(bars, b => Assert.Equal(
            distances.Count(d => d >= ReportHtml.Number(b, "data-from") && d < ReportHtml.Number(b, "data-to")),
            (int)ReportHtml.Number(b, "data-count")));
    }

    [Fact]
    public void Should_map_each_matched_reach_with_coordinates_once_per_species()
    {
        var reaches = Count(
            """
            SELECT COUNT(DISTINCT m.reach_code) FROM matches m
            JOIN reaches r ON r.network = m.network AND r.code = m.reach_code
            WHERE m.run_id = (SELECT MAX(id) FROM match_runs) AND r.latitude IS NOT NULL AND r.longitude IS NOT NULL
            """);

        var maps = ReportHtml.Plots(ReportHtml.Parse(_sample.Html), "reach-map");

        Assert.Equal(5, maps.Count);
        Assert.All(maps, m => Assert.Equal(reaches, ReportHtml.Shapes(m, "circle", "reach").Count));
        Assert.EndsWith($" and {reaches} reaches written to {Path.Combine(_sample.Folder, "report.html")}\n",
            _sample.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_cross_validation_written_into_the_model_file()
    {
        // "  k-fold (3) cross-validation: AUC 0.607, ..." as train printed it
        var auc = _sample.Train.Split("cross-validation: AUC ")[1][..5];

        Assert.Contains(
            $"Cross-validated when trained (k-fold (3), 3 folds, mean over folds of the species average): AUC {auc}",
            _sample.Html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("http:", _sample.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", _sample.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//", _sample.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_a_model_file_that_does_not_exist()
    {
        using var temp = new TempFolder();

        var (code, output, error) = await ToolRunner.InProcess(
            "report", "--db", temp.File("fishdens.db"), "-m", temp.File("none.zip"), "-o", temp.File("r.html"));

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(
            $"fishdens: error: model file {temp.File("none.zip")} does not exist; "
            + $"train one with 'fishdens train --out {temp.File("none.zip")}'\n",
            error.ReplaceLineEndings("\n"));
        Assert.False(File.Exists(temp.File("r.html")));
    }

    [Fact]
    public void Should_refuse_a_store_without_a_match_run()
    {
        using var temp = new TempFolder();
        var model = Path.Combine(_sample.Folder, "small.zip");

        var (code, output, error) = ToolRunner.Process(temp.Path, "report", "--db", "empty.db", "-m", model);

        Assert.Equal(4, code);
        Assert.Equal("", output);
        Assert.Equal(
            $"fishdens: error: the store {temp.File("empty.db")} has no match run yet; run 'fishdens match' first\n",
            error);
        Assert.False(File.Exists(temp.File("report.html")));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_sample.Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private int Count(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;

        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<string> Strings(string sql) => Rows(sql, r => r.GetString(0));

    private List<double> Doubles(string sql) => Rows(sql, r => r.GetDouble(0));

    private List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();

        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
