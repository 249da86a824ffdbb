using System.Runtime.Versioning;
using AlienFish.Core.Export;
using AlienFish.Testing;

namespace AlienFish.Core.Tests.Export;

public sealed class ExportFailureTests
{
    [Fact]
    public void Should_refuse_a_geopackage_in_a_folder_that_does_not_exist_and_write_nothing()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        var file = temp.File("missing/geum.gpkg");

        var error = Assert.Throws<PipelineException>(
            () => new GisExporter(store).Export(ExportFormat.GeoPackage, file, ExportLayers.All));

        Assert.Equal(
            $"the folder {temp.File("missing")} does not exist; create it before exporting to {file}",
            error.Message);
        Assert.Equal(ExitCodes.BadInput, error.ExitCode);
        Assert.Equal(StoreFilesOnly(temp), Directory.GetFileSystemEntries(temp.Path).Order());
    }

    [Fact]
    public void Should_refuse_geojson_under_a_folder_that_does_not_exist_and_write_nothing()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        var folder = temp.File("missing/gis");

        var error = Assert.Throws<PipelineException>(
            () => new GisExporter(store).Export(ExportFormat.GeoJson, folder, ExportLayers.All));

        Assert.Equal(
            $"the folder {temp.File("missing")} does not exist; create it before exporting to {folder}",
            error.Message);
        Assert.Equal(StoreFilesOnly(temp), Directory.GetFileSystemEntries(temp.Path).Order());
    }

    [Fact]
    public void Should_refuse_geojson_into_a_path_that_is_a_file()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        var file = temp.File("gis.txt");
        File.WriteAllText(file, "notes");

        var error = Assert.Throws<PipelineException>(
            () => new GisExporter(store).Export(ExportFormat.GeoJson, file, ExportLayers.All));

        Assert.Equal(
            $"--out {file} is a file; a GeoJSON export writes one file per layer into a folder, "
            + "so give a folder, or use --format gpkg for a single file",
            error.Message);
        Assert.Equal("notes", File.ReadAllText(file));
    }

    [Fact]
    public void Should_refuse_a_geopackage_path_that_is_a_folder()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));

        var error = Assert.Throws<PipelineException>(
            () => new GisExporter(store).Export(ExportFormat.GeoPackage, temp.Path, ExportLayers.All));

        Assert.Equal(
            $"--out {temp.Path} is a folder; a GeoPackage is one file, so give a file name such as "
            + temp.File("fishdens.gpkg"),
            error.Message);
    }

    [ReadOnlyFolderFact]
    [UnsupportedOSPlatform("windows")]
    public void Should_fail_clearly_when_the_geopackage_folder_cannot_be_written()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        using var locked = new ReadOnlyFolder(temp.File("locked"));
        var file = Path.Combine(locked.Path, "geum.gpkg");

        var error = Assert.Throws<PipelineException>(
            () => new GisExporter(store).Export(ExportFormat.GeoPackage, file, ExportLayers.All));

        Assert.StartsWith($"cannot write the GeoPackage {file}: ", error.Message);
        Assert.EndsWith("; check that its folder can be written", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(locked.Path));
    }

    [ReadOnlyFolderFact]
    [UnsupportedOSPlatform("windows")]
    public void Should_fail_clearly_when_the_geojson_folder_cannot_be_written()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        using var locked = new ReadOnlyFolder(temp.File("locked"));

        var error = Assert.Throws<PipelineException>(
            () => new GisExporter(store).Export(ExportFormat.GeoJson, locked.Path, ExportLayers.All));

        Assert.StartsWith($"cannot write the GeoJSON layers into {locked.Path}: ", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(locked.Path));
    }

    [ProcFolderFact]
    public void Should_fail_clearly_when_the_file_system_refuses_new_files_even_to_root()
    {
        // /proc holds only what the kernel puts there; creating a file in it fails for every user.
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        var file = "/proc/fishdens-export-test.gpkg";
        var folder = "/proc/fishdens-export-test";

        var gpkg = Assert.Throws<PipelineException>(
            () => new GisExporter(store).Export(ExportFormat.GeoPackage, file, ExportLayers.All));
        var geojson = Assert.Throws<PipelineException>(
            () => new GisExporter(store).Export(ExportFormat.GeoJson, folder, ExportLayers.All));

        Assert.StartsWith($"cannot write the GeoPackage {file}: ", gpkg.Message);
        Assert.StartsWith($"cannot write the GeoJSON layers into {folder}: ", geojson.Message);
        Assert.False(File.Exists(file));
        Assert.False(Directory.Exists(folder));
    }

    /// <summary>What the seeded store alone puts into the folder: the database and any journal of it.</summary>
    private static IEnumerable<string> StoreFilesOnly(TempFolder temp) =>
        Directory.GetFileSystemEntries(temp.Path)
            .Where(p => Path.GetFileName(p).StartsWith("s.db", StringComparison.Ordinal))
            .Order();
}
