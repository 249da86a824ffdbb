using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The hand-edited 금강 station list (UTF-8 with BOM, first header cell empty, 중권역 twice).
/// Expected values were read from the file with Python's csv module.
/// </summary>
public sealed class StationListTests
{
    [Fact]
    public void Should_make_one_located_station_per_listed_code()
    {
        // Given the station list of 131 rows, When it is read
        var batch = SampleFiles.ReadWaterQuality(SampleFiles.StationList);

        // Then each row is a located water-quality station and nothing is reported
        Assert.Equal("station-list", batch.Layout);
        Assert.Equal(131, batch.Stations.Count);
        Assert.All(batch.Stations, s => Assert.Equal(Networks.WaterQuality, s.Network));
        Assert.All(batch.Stations, s => Assert.NotNull(s.Location));
        Assert.Empty(batch.Diagnostics);
    }

    [Theory]
    [InlineData("3001A05", "구량천", 35.86423333, 127.617125)]
    [InlineData("3001A20", "진안천", 35.80885833, 127.4632389)]
    public void Should_take_the_site_name_from_the_first_column_rather_than_the_total_load_label(
        string code, string name, double latitude, double longitude)
    {
        // Given 3001A05, site 구량천 with the total-load label 금본B1, and 3001A20 진안천
        var batch = SampleFiles.ReadWaterQuality(SampleFiles.StationList);

        // When their stations are looked up
        var station = Assert.Single(batch.Stations, s => s.Code == code);

        // Then the name is the site name of the unnamed first column, at the decimal position
        Assert.Equal(name, station.Name);
        Assert.Equal(latitude, station.Location!.Value.Latitude, 8);
        Assert.Equal(longitude, station.Location!.Value.Longitude, 7);
    }

    [Fact]
    public void Should_report_a_row_without_a_code_rather_than_invent_a_station()
    {
        // Given a list whose second row has no 분류번호
        const string text =
            ",이름,분류번호,위도(Degree),경도(Degree)\n"
            + "구량천,금본B1,3001A05,35.86423333,127.617125\n"
            + "무명천,,,36.1,127.2\n";
        var file = new RawFile("list.csv", "list.csv", Encoding.UTF8.GetBytes(text));

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then only the coded row is a station and the other is reported with its name
        Assert.Equal("3001A05", Assert.Single(batch.Stations).Code);

        var diagnostic = Assert.Single(batch.Diagnostics);

        Assert.Equal("files.missing-key", diagnostic.Code);
        Assert.Equal(3, diagnostic.Where!.Row);
        Assert.Equal("무명천", diagnostic.RawText);
    }

    [Fact]
    public void Should_fall_back_on_split_dms_fields_when_the_decimals_are_blank()
    {
        // Given a row with only the split DMS fields
        const string text =
            "이름,분류번호,위도(DMS도),위도(DMS분),위도(DMS초),"
            + "경도(DMS도),경도(DMS분),경도(DMS초),위도(Degree),경도(Degree)\n"
            + "구량천,3001A05,35,51,51.24,127,37,1.65,,\n";
        var file = new RawFile("dms.csv", "dms.csv", Encoding.UTF8.GetBytes(text));

        // When it is read
        var station = Assert.Single(SampleFiles.Read(file).Stations);

        // Then its position is those fields in decimal degrees
        Assert.Equal(35 + (51 / 60.0) + (51.24 / 3600), station.Location!.Value.Latitude, 9);
        Assert.Equal(127 + (37 / 60.0) + (1.65 / 3600), station.Location!.Value.Longitude, 9);
    }

    [Fact]
    public void Should_note_a_station_listed_again_as_it_was_and_warn_of_one_listed_elsewhere()
    {
        // Given a list that repeats 3008A40 at the same point (DMS and decimals) and 3012A20 0.1° north
        var file = TestData.Text(
            "repeats.csv",
            "분류번호,측정소명,위도,경도",
            "3008A40,미호천,36.5,127.3",
            "3008A40,미호천,\"36°30'00.0\"\"\",\"127°18'00.0\"\"\"",
            "3012A20,공주1,36.5,127.1",
            "3012A20,공주1,36.6,127.1");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then each station is kept once; the same place is a note, another place a warning with its distance
        Assert.Equal(["3008A40", "3012A20"], batch.Stations.Select(s => s.Code));
        Assert.Equal(
            [
                "info files.duplicate-record: repeats.csv, row 3, column '분류번호': station 3008A40 is listed again "
                + "as on row 2; it is kept once",
                "warning files.duplicate-record: repeats.csv, row 5, column '분류번호': station 3012A20 is listed "
                + "again, 11.1 km from there; the row 4 entry is kept",
            ],
            batch.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Should_read_unquoted_dms_text_whose_seconds_mark_looks_like_a_stray_quote()
    {
        // Given a station list typed by hand, its DMS text unquoted
        var file = TestData.Text("typed.csv", "분류번호,측정소명,위도,경도", "3008A40,미호천,36°27'52.7\",127°18'00.0\"");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the station is placed, and the quote marks are a note, not a warning
        var station = Assert.Single(batch.Stations);
        var note = Assert.Single(batch.Diagnostics);

        Assert.Equal(36 + (27 / 60.0) + (52.7 / 3600), station.Location!.Value.Latitude, 9);
        Assert.Equal(127.3, station.Location!.Value.Longitude, 9);
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
    }
}
