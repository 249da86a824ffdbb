using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The real wide export <c>도시의_수질현황_20250906112341.csv</c> (CP949, CRLF, two header
/// rows; 27 items in 2025.03, 19 in 2025.04 and 2025.05). Expected values were read with
/// <c>iconv -f cp949</c> and Python's csv module.
/// </summary>
public sealed class WideExportTests
{
    /// <summary>The items that map to a canonical variable, the same 14 in every month.</summary>
    private static readonly string[] Known =
        ["WT", "PH", "DO", "BOD", "COD", "SS", "EC", "TN", "NO3N", "NH3N", "TP", "PO4P", "CHLA", "TOC"];

    [Fact]
    public void Should_recognise_the_wide_export_by_its_two_header_rows()
    {
        // Given the export under another name, When it is offered
        var file = SampleFiles.Renamed(TestData.Load(TestData.WideExport), "x.dat");

        // Then it is the wide layout
        Assert.Equal("wq-wide", new FilesSource().Recognise(file));
    }

    [Fact]
    public void Should_make_one_sample_per_filled_cell_dated_by_the_month_above_it()
    {
        // Given two stations with 65 filled cells each, When the export is read
        var batch = TestData.Read(TestData.WideExport);

        // Then each cell is a sample, dated the first day of its month
        Assert.Equal("wq-wide", batch.Layout);
        Assert.Equal(130, batch.Samples.Count);
        Assert.Equal(
            [new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1), new DateOnly(2025, 5, 1)],
            batch.Samples.Select(s => s.Date).Distinct().Order());
        Assert.Equal(84, batch.Samples.Count(s => Known.Contains(s.Variable)));
        Assert.Contains(batch.Diagnostics, d => d.Code == "files.month-only");
    }

    [Fact]
    public void Should_key_the_stations_by_their_name_and_say_so()
    {
        // Given the export, When it is read
        var batch = TestData.Read(TestData.WideExport);

        // Then 공촌천 and 장수천1 are stations of network wq keyed by name, reported once
        Assert.Equal(["공촌천", "장수천1"], batch.Stations.Select(s => s.Code));
        Assert.All(batch.Stations, s => Assert.Equal((Networks.WaterQuality, s.Code), (s.Network, s.Name)));
        Assert.Equal(new SourceLocation(TestData.WideExport, null, 4, "구분(4)"), batch.Stations[1].Origin);
        Assert.Single(batch.Diagnostics, d => d.Code == "files.keyed-by-name");
    }

    [Theory]
    [InlineData("공촌천", 2025, 3, "WT", 8.2, "°C", "수온 (℃ )", 3, 6)]
    [InlineData("장수천1", 2025, 3, "EC", 1993, "µS/cm", "전기전도도 EC (μS/cm)", 4, 12)]
    [InlineData("장수천1", 2025, 3, "NH3N", 3.788, "mg/L", "암모니아성 질소 NH₃-N (mg/L)", 4, 16)]
    [InlineData("공촌천", 2025, 4, "WT", 14.1, "°C", "수온 (℃ )", 3, 33)]
    [InlineData("장수천1", 2025, 5, "WT", 19.9, "°C", "수온 (℃ )", 4, 52)]
    [InlineData("공촌천", 2025, 5, "CHLA", 23.8, "mg/m³", "클로로필a Chlorophyll-a (mg/㎥)", 3, 66)]
    public void Should_map_each_item_header_to_its_variable_and_unit(
        string station, int year, int month, string variable, double value, string unit, string header,
        int row, int column)
    {
        // Given a cell of the export (column is 1-based, as a spreadsheet shows it)
        var batch = TestData.Read(TestData.WideExport);

        // When the sample of that station, month and variable is looked up
        var sample = Assert.Single(batch.Samples, s =>
            s.StationCode == station && s.Date == new DateOnly(year, month, 1) && s.Variable == variable);

        // Then it holds the cell's value in the canonical unit and names its cell
        Assert.Equal((value, unit, ValueQualifier.None), (sample.Value!.Value, sample.Unit, sample.Qualifier));
        Assert.Equal(new SourceLocation(TestData.WideExport, null, row, header), sample.Origin);
        Assert.Equal(column, Array.IndexOf(HeaderCells(), header, column - 1) + 1);
    }

    [Fact]
    public void Should_read_the_first_and_last_cells_of_each_row()
    {
        // Given rows 3 (공촌천) and 4 (장수천1), whose cells run from 2025.03 수온 to 2025.05 페놀
        var batch = TestData.Read(TestData.WideExport);

        // When their samples are taken in file order
        var first = batch.Samples.Where(s => s.Origin.Row == 3).ToList();
        var last = batch.Samples.Where(s => s.Origin.Row == 4).ToList();

        // Then each row gives 65 samples, from the first item of March to the last of May
        Assert.Equal((65, 65), (first.Count, last.Count));
        Assert.Equal(("WT", 8.2, new DateOnly(2025, 3, 1)), (first[0].Variable, first[0].Value!.Value, first[0].Date));
        Assert.Equal(("WT", 5.9), (last[0].Variable, last[0].Value!.Value));
        Assert.Equal(
            ("페놀 Phenol (mg/L)", 0.0, new DateOnly(2025, 5, 1)),
            (last[^1].Variable, last[^1].Value!.Value, last[^1].Date));
    }

    [Fact]
    public void Should_keep_each_unknown_item_once_with_its_numbers()
    {
        // Given 13 item headers that map to no variable, some repeated in three months
        // When the export is read
        var batch = TestData.Read(TestData.WideExport);

        // Then each is listed once, and its numbers are kept under the header (metals are 0)
        Assert.Equal(13, batch.UnknownColumns.Count);
        Assert.Equal(13, batch.Diagnostics.Count(d => d.Code == "files.unknown-column"));
        Assert.Equal(
            [13000.0, 2200, 1700],
            batch.Samples.Where(s => s.StationCode == "공촌천" && s.Variable == "총대장균군 (총대장균군수/100㎖)")
                .Select(s => s.Value!.Value));
        var lead = Assert.Single(batch.Samples, s => s.StationCode == "공촌천" && s.Variable == "납 Pb (mg/L)");

        Assert.Equal(0, lead.Value);
    }

    /// <summary>The item header row as iconv would give it, to check the column numbers above.</summary>
    private static string[] HeaderCells()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var bytes = TestData.Load(TestData.WideExport).Content.Span;

        return Encoding.GetEncoding(949).GetString(bytes).Split("\r\n")[1].Split(',');
    }
}
