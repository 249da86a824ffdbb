using AlienFish.Core;
using AlienFish.Core.Storage;
using AlienFish.Testing;

namespace AlienFish.Cli.Tests;

/// <summary>
/// The built tool, its files plugin loaded from its plugin folder: a station list in Korean TM
/// with <c>--set crs</c>, exported as a GeoPackage and imported again into another store.
/// 226877.366, 433568.328 in EPSG:5186 is 36.5°N 127.3°E by GDAL's <c>gdaltransform</c>.
/// </summary>
public sealed class ProjectedImportEndToEndTests
{
    [Fact]
    public void Should_import_tm_stations_with_a_crs_setting_and_read_its_own_geopackage_back()
    {
        // Given a station list with TM_X/TM_Y columns
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("tm.csv"), "code,name,TM_X,TM_Y\n3008A40,미호천,226877.366,433568.328\n");

        // When it is imported without a system, then with --set crs, exported and imported again
        var refused = ToolRunner.Process(temp.Path, "import", "tm.csv", "--db", "a.db");
        var imported = ToolRunner.Process(temp.Path, "import", "tm.csv", "--db", "a.db", "--set", "crs=EPSG:5186");
        var exported = ToolRunner.Process(temp.Path, "export", "--db", "a.db", "-f", "gpkg", "-o", "out.gpkg");
        var again = ToolRunner.Process(temp.Path, "import", "out.gpkg", "--db", "b.db");

        // Then the first is refused with how to name the system, and both stores hold the station
        Assert.Equal(ExitCodes.BadInput, refused.Code);
        Assert.Contains(
            "fishdens: error: tm.csv gives projected coordinates in 'TM_X' and 'TM_Y' but does not say in "
            + "which reference system. Name it with --set crs=EPSG:5186",
            refused.Error);
        Assert.Equal((0, 0, 0), (imported.Code, exported.Code, again.Code));
        Assert.Contains("[gpkg] 1 rows added", again.Out);

        using var first = FishdensStore.Open(temp.File("a.db"));
        using var second = FishdensStore.Open(temp.File("b.db"));
        var station = Assert.Single(first.LoadStations());

        Assert.Equal(first.LoadStations(), second.LoadStations());
        Assert.Equal(36.5, station.Location!.Value.Latitude, 6);
        Assert.Equal(127.3, station.Location!.Value.Longitude, 6);
    }
}
