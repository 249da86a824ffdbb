using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The real mulmoa.go.kr re-export for 공지천3, <c>수질측정망_20251222.csv</c>: no station code,
/// a header typo (<c>생물화학적산소요구량㎎/L)</c>) and three rows with a date and no value.
/// Expected numbers were counted with Python's csv module.
/// </summary>
public sealed class MulmoaExportTests
{
    private static readonly string[] Variables = ["DO", "BOD", "COD", "TN", "TP", "TOC", "CHLA"];

    [Fact]
    public void Should_key_the_station_by_name_and_say_so()
    {
        // Given the re-export, When it is read
        var batch = TestData.Read(TestData.Mulmoa);

        // Then its one station is keyed by its name in network wq, and the batch says why
        var station = Assert.Single(batch.Stations);
        var info = Assert.Single(batch.Diagnostics, d => d.Code == "files.keyed-by-name");

        Assert.Equal("mulmoa", batch.Layout);
        Assert.Equal(new Station(Networks.WaterQuality, "공지천3", "공지천3", null), station with { Origin = null });
        Assert.Equal(new SourceLocation(TestData.Mulmoa, null, 2, "측정소명"), station.Origin);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
    }

    [Fact]
    public void Should_make_no_sample_of_a_row_with_a_date_and_no_value()
    {
        // Given 35 rows, of which rows 3, 4 and 16 have every value blank
        // When it is read
        var batch = TestData.Read(TestData.Mulmoa);

        // Then the 32 others give their 224 filled cells, and the blank rows are reported
        var empty = Assert.Single(batch.Diagnostics, d => d.Code == "files.empty-rows");

        Assert.Equal(224, batch.Samples.Count);
        Assert.DoesNotContain(batch.Samples, s => s.Origin.Row is 3 or 4 or 16);
        Assert.StartsWith("3 rows give a station and date but no value", empty.Message);
        Assert.Equal(3, empty.Where!.Row);
        Assert.Empty(batch.UnknownColumns);
    }

    [Theory]
    [InlineData(2, "2022-12-05", new[] { 12, 3.3, 3.5, 2.983, 0.025, 2.2, 11.4 })]
    [InlineData(36, "2025-10-21", new[] { 10, 0.5, 2.6, 5.177, 0.074, 1.7, 1.6 })]
    public void Should_read_the_first_and_last_rows_field_by_field(int line, string date, double[] values)
    {
        // Given the first and the last row, When the file is read
        var samples = TestData.Read(TestData.Mulmoa).Samples.Where(s => s.Origin.Row == line).ToList();

        // Then the typo'd BOD header maps too, and every value has its date and unit
        Assert.Equal(Variables, samples.Select(s => s.Variable));
        Assert.Equal(values, samples.Select(s => s.Value!.Value));
        Assert.Equal("생물화학적산소요구량㎎/L)", samples[1].Origin.Column);
        Assert.Equal("mg/m³", samples[^1].Unit);
        Assert.All(samples, s => Assert.Equal(DateOnly.Parse(date, CultureInfo.InvariantCulture), s.Date));
    }
}
