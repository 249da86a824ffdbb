using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The real 총량측정망 export of the 금강 basin, <c>수질20182020.txt</c> (UTF-8 with BOM, CRLF,
/// CSV despite its name). Expected numbers were counted with Python's csv module.
/// </summary>
public sealed class TotalLoadExportTests
{
    private static readonly string[] Variables =
        ["WT", "PH", "EC", "DO", "BOD", "COD", "SS", "TN", "TP", "TOC", "FLOW"];

    public static TheoryData<string, int> BlankCells => new()
    {
        // variable, blank cells of its column (the file's own counts; COD has 11, SS 5)
        { "WT", 5 }, { "PH", 5 }, { "EC", 5 }, { "DO", 5 }, { "BOD", 5 }, { "COD", 11 },
        { "SS", 5 }, { "TN", 5 }, { "TP", 5 }, { "TOC", 23 }, { "FLOW", 197 },
    };

    [Fact]
    public void Should_recognise_the_txt_export_as_the_total_load_layout()
    {
        // Given the export under a name that says nothing, When it is offered
        var file = SampleFiles.Renamed(TestData.Load(TestData.TotalLoad), "download.bin");

        // Then it is the total-load layout
        Assert.Equal("tl-export", new FilesSource().Recognise(file));
    }

    [Fact]
    public void Should_key_fifty_stations_by_name_in_the_total_load_network()
    {
        // Given the export, When it is read
        var batch = TestData.Read(TestData.TotalLoad);

        // Then each 총량지점명 is one station in network tl, named and coded by it
        Assert.Equal("tl-export", batch.Layout);
        Assert.Equal(50, batch.Stations.Count);
        Assert.All(batch.Stations, s => Assert.Equal((Networks.TotalLoad, s.Name), (s.Network, s.Code)));
        Assert.Equal(
            new SourceLocation(TestData.TotalLoad, null, 2, "총량지점명"),
            batch.Stations[0].Origin);
        Assert.Equal("금본A", batch.Stations[0].Code);
    }

    [Fact]
    public void Should_make_one_sample_per_filled_value_cell()
    {
        // Given 4257 rows of 11 value columns with 4 rows wholly blank, When it is read
        var batch = TestData.Read(TestData.TotalLoad);

        // Then 46556 filled cells gave samples and the blank rows are reported
        Assert.Equal(46556, batch.Samples.Count);
        Assert.Equal(4257 - 4, batch.Samples.Select(s => s.Origin.Row).Distinct().Count());
        Assert.StartsWith(
            "4 rows give a station and date but no value",
            Assert.Single(batch.Diagnostics, d => d.Code == "files.empty-rows").Message);
        Assert.Empty(batch.UnknownColumns);
    }

    [Theory]
    [MemberData(nameof(BlankCells))]
    public void Should_make_no_sample_of_a_blank_cell(string variable, int blanks)
    {
        // Given the export, When it is read
        var batch = TestData.Read(TestData.TotalLoad);

        // Then each variable lacks exactly its blank cells: missing, never zero
        Assert.Equal(4257 - blanks, batch.Samples.Count(s => s.Variable == variable));
    }

    [Theory]
    [InlineData(2, "금본A", "2018-11-01", new[] { 9.7, 8.1, 188, 12.1, 0.5, 2.9, 0.9, 3.314, 0.017, 1.6, 3.996 })]
    [InlineData(4258, "산북천", "2020-11-26", new[] { 9.8, 7.9, 413, 9.3, 5.6, 12.7, 47.3, 7.542, 0.429, 7.3 })]
    public void Should_read_the_first_and_last_rows_field_by_field(
        int line, string station, string date, double[] values)
    {
        // Given the first row and the last (whose 유량 is blank), When the export is read
        var batch = TestData.Read(TestData.TotalLoad);
        var samples = batch.Samples.Where(s => s.Origin.Row == line).ToList();

        // Then the row's samples carry its station, its date and its values in column order
        Assert.Equal(Variables.Take(values.Length), samples.Select(s => s.Variable));
        Assert.Equal(values, samples.Select(s => s.Value!.Value));
        Assert.All(samples, s =>
        {
            Assert.Equal((Networks.TotalLoad, station), (s.Network, s.StationCode));
            Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), s.Date);
            Assert.Null(s.Round);
            Assert.Equal(ValueQualifier.None, s.Qualifier);
        });
        Assert.Equal(("µS/cm", "전기전도도(?S/㎝)"), (samples[2].Unit, samples[2].Origin.Column));
        Assert.Equal("m³/s", batch.Samples.First(s => s.Variable == "FLOW").Unit);
    }
}
