using System.Text;
using AlienFish.Core.Storage;
using AlienFish.Testing;

namespace AlienFish.Cli.Tests;

/// <summary>
/// The built tool's <c>fishdens import</c> as a user runs it, with its plugin folder: exit
/// codes, output lines and the store after.
/// </summary>
public sealed class ImportCommandTests
{
    private const string GoodList = "분류번호,측정소명,위도,경도\n3008A40,미호천,36.5,127.3\n";

    private const string ListWithBadCoordinate =
        "분류번호,측정소명,위도,경도\n3012A20,공주1,36.46,127.12\n3009A10,갑천1,북위36,127.38\n";

    [Fact]
    public void Should_refuse_a_file_with_a_warning_under_strict_and_keep_the_clean_one()
    {
        // Given a clean station list and one with a coordinate that is no number
        using var temp = new TempFolder();
        var good = Write(temp, "good.csv", GoodList);
        var bad = Write(temp, "bad.csv", ListWithBadCoordinate);
        var db = temp.File("s.db");

        // When both are imported with --strict
        var (code, output, error) = ToolRunner.Process(temp.Path, "import", "--db", db, "--strict", good, bad);

        // Then the run exits with the strict code, the clean file is stored and nothing of the other
        Assert.Equal(5, code);
        Assert.Contains($"imported  {good}  [station-list] 1 rows added", output, StringComparison.Ordinal);
        Assert.Contains($"failed    {bad}", output, StringComparison.Ordinal);
        Assert.Contains(
            $"fishdens: error: {bad}: 1 problem and --strict is set, so nothing of it was stored; first: "
            + "warning files.bad-coordinate: bad.csv, row 3, column '위도': not a coordinate; the position is "
            + "left unknown (text '북위36')",
            error,
            StringComparison.Ordinal);
        Assert.Contains(
            "import: 1 imported (1 rows), 0 already in the store, 0 not recognised, 1 failed",
            output,
            StringComparison.Ordinal);

        using var store = FishdensStore.Open(db);

        Assert.Equal(1, store.Count("stations"));
        Assert.Equal(1, store.Count("raw_files"));
        Assert.Equal(0, store.Count("import_diagnostics"));
    }

    [Fact]
    public void Should_store_a_file_with_a_warning_and_its_diagnostic_without_strict()
    {
        // Given the same station list with a coordinate that is no number
        using var temp = new TempFolder();
        var bad = Write(temp, "bad.csv", ListWithBadCoordinate);
        var db = temp.File("s.db");

        // When it is imported without --strict
        var (code, output, error) = ToolRunner.Process(temp.Path, "import", "--db", db, bad);

        // Then both stations are stored, the second without a position, and the warning is kept
        Assert.Equal(0, code);
        Assert.Contains("import: 1 imported (2 rows)", output, StringComparison.Ordinal);
        Assert.Contains(
            "warning files.bad-coordinate: bad.csv, row 3, column '위도'", error, StringComparison.Ordinal);

        using var store = FishdensStore.Open(db);

        Assert.Equal(2, store.Count("stations"));
        Assert.Equal(1, store.Count("import_diagnostics"));
    }

    [Fact]
    public void Should_import_the_real_checklist_and_sightings_once()
    {
        // Given the real fish checklist and the alien-fish sightings
        using var temp = new TempFolder();
        var list = DataFile("taxom-fish.csv");
        var sightings = DataFile("nie-alien-fish-gyeongbuk-2015-2022.json");
        var db = temp.File("s.db");

        // When they are imported twice
        var (code, output, _) = ToolRunner.Process(temp.Path, "import", "--db", db, list, sightings);
        var (again, secondOutput, _) = ToolRunner.Process(temp.Path, "import", "--db", db, list, sightings);

        // Then the first run stores 158 species and 251 sightings, the second nothing
        Assert.Equal(0, code);
        Assert.Contains($"imported  {list}  [species-list] 158 rows added", output, StringComparison.Ordinal);
        Assert.Contains($"imported  {sightings}  [occurrences] 251 rows added", output, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Contains("import: 0 imported (0 rows), 2 already in the store", secondOutput, StringComparison.Ordinal);

        using var store = FishdensStore.Open(db);

        Assert.Equal(158, store.Count("species"));
        Assert.Equal(251, store.Count("occurrences"));
    }

    [Fact]
    public void Should_refuse_a_reference_system_it_does_not_know_as_a_user_error()
    {
        // Given a station list with projected columns
        using var temp = new TempFolder();
        var list = Write(temp, "tm.csv", "code,name,TM_X,TM_Y\n3008A40,미호천,226877.366,433568.328\n");

        // When it is imported naming a system fishdens does not convert
        var (code, _, error) = ToolRunner.Process(temp.Path, "import", list, "--db", "s.db", "--set", "crs=EPSG:9999");

        // Then it is refused as bad input, not as a bug
        Assert.Equal(2, code);
        Assert.Contains("fishdens: error: ", error, StringComparison.Ordinal);
        Assert.Contains("EPSG:9999", error, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_to_export_onto_the_store_itself()
    {
        // Given a store with sightings
        using var temp = new TempFolder();
        ToolRunner.Process(temp.Path, "import", DataFile("nie-alien-fish-gyeongbuk-2015-2022.json"), "--db", "s.db");
        var size = new FileInfo(temp.File("s.db")).Length;

        // When a GeoPackage is exported with the store's own name
        var (code, _, error) = ToolRunner.Process(temp.Path, "export", "--db", "s.db", "-f", "gpkg", "-o", "s.db");

        // Then it is refused and the store is as it was
        Assert.Equal(2, code);
        Assert.Contains("--out s.db is the store itself; writing the layers there would replace it", error, StringComparison.Ordinal);
        Assert.Equal(size, new FileInfo(temp.File("s.db")).Length);
    }

    [Fact]
    public void Should_not_make_an_empty_store_to_export_from()
    {
        // Given a folder without a store, When layers are exported from a mistyped store name
        using var temp = new TempFolder();
        var (code, _, error) = ToolRunner.Process(temp.Path, "export", "--db", "typo.db", "-f", "geojson", "-o", "gis");

        // Then nothing is written and the message says there is no store
        Assert.Equal(4, code);
        Assert.Contains($"there is no store at {temp.File("typo.db")}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("typo.db")));
        Assert.False(Directory.Exists(temp.File("gis")));
    }

    private static string Write(TempFolder temp, string name, string text)
    {
        var path = temp.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(false));

        return path;
    }

    private static string DataFile(string name) =>
        Path.Combine(RepoPaths.Root, "tests", "AlienFish.Plugins.Files.Tests", "Data", name);
}
