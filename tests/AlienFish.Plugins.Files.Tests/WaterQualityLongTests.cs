using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The real 수질측정망 long exports of the 금강 basin. Expected numbers were counted in the
/// files themselves (iconv -f cp949 and awk), not taken from this reader.
/// </summary>
public sealed class WaterQualityLongTests
{
    private static readonly string[] VariableOrder = ["DO", "BOD", "COD", "TN", "TP", "TOC", "SS"];

    public static TheoryData<string, int, int, int> RowCounts => new()
    {
        // file, data rows, rows with every value blank, last line number
        { "geum2016.csv", 4687, 5, 4688 },
        { "geum2023.csv", 4399, 20, 4400 },
    };

    public static TheoryData<string, int, string, string, string, string, string, double[]> Rows => new()
    {
        {
            "geum2016.csv", 2, "3303A10", "백천내", "2016-01-04", "1회차", "15:00",
            [11.9, 0.6, 1.2, 1.811, 0.006, 0.7, 0.3]
        },
        {
            "geum2016.csv", 4688, "3101A60", "곡교천2", "2016-12-29", "4회차", "11:40",
            [13.4, 8.4, 12.1, 8.420, 0.269, 10.4, 8.2]
        },
        {
            "geum2023.csv", 2, "3012A20", "공주1", "2023-01-02", "1회차", "11:30",
            [14.6, 1.0, 6.2, 5.458, 0.031, 4.7, 1.8]
        },
        {
            "geum2023.csv", 4400, "3006A10", "옥천", "2023-12-26", "4회차", "09:22",
            [13.7, 0.6, 3.4, 3.513, 0.013, 1.4, 0.8]
        },
    };

    [Theory]
    [MemberData(nameof(RowCounts))]
    public void Should_make_samples_from_every_data_row_that_has_a_value(
        string file, int dataRows, int emptyRows, int lastLine)
    {
        // Given the export, When it is read
        var batch = SampleFiles.ReadWaterQuality(file);

        // Then every row with a value gave samples, and the rest are reported as empty
        var rows = batch.Samples.Select(s => s.Origin.Row).Distinct().ToList();
        var empty = Assert.Single(batch.Diagnostics, d => d.Code == "files.empty-rows");

        Assert.Equal(dataRows - emptyRows, rows.Count);
        Assert.Equal(lastLine, rows.Max());
        Assert.StartsWith($"{emptyRows} rows give a station and date but no value", empty.Message);
    }

    [Theory]
    [InlineData("geum2016.csv", 4682)]
    [InlineData("geum2023.csv", 4379)]
    public void Should_make_one_sample_per_non_blank_value_cell(string file, int rowsWithValues)
    {
        // Given an export whose seven value columns are all filled on rows with values
        // When it is read
        var batch = SampleFiles.ReadWaterQuality(file);

        // Then each of those cells is one sample, in one of the seven canonical variables
        Assert.Equal(rowsWithValues * VariableOrder.Length, batch.Samples.Count);
        Assert.Equal(VariableOrder.Order(), batch.Samples.Select(s => s.Variable).Distinct().Order());
        Assert.Empty(batch.UnknownColumns);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Should_read_a_data_row_field_by_field(
        string file,
        int line,
        string code,
        string name,
        string date,
        string round,
        string time,
        double[] values)
    {
        // Given the first or last data row of an export, When the export is read
        var batch = SampleFiles.ReadWaterQuality(file);
        var samples = batch.Samples.Where(s => s.Origin.Row == line).ToList();

        // Then its samples carry the row's station, date, round, time and values in order
        Assert.Equal(VariableOrder, samples.Select(s => s.Variable));
        Assert.Equal(values, samples.Select(s => s.Value!.Value));
        Assert.All(samples, sample =>
        {
            Assert.Equal(Networks.WaterQuality, sample.Network);
            Assert.Equal(code, sample.StationCode);
            Assert.Equal(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), sample.Date);
            Assert.Equal(round, sample.Round);
            Assert.Equal(TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture), sample.Time);
            Assert.Equal("mg/L", sample.Unit);
            Assert.Equal(ValueQualifier.None, sample.Qualifier);
            Assert.Equal(file, sample.Origin.File);
            Assert.Null(sample.Origin.Sheet);
        });
        Assert.Equal("DO(㎎/L)", samples[0].Origin.Column);
        Assert.Equal(name, Assert.Single(batch.Stations, s => s.Code == code).Name);
    }

    [Theory]
    [InlineData("geum2016.csv", 16)]
    [InlineData("geum2023.csv", 11)]
    public void Should_keep_below_quantification_cells_as_qualified_samples_without_a_value(
        string file, int tpCells)
    {
        // Given an export whose TP column holds 정량한계미만 in some rows (counted with grep)
        // When it is read
        var batch = SampleFiles.ReadWaterQuality(file);
        var qualified = batch.Samples.Where(s => s.Qualifier != ValueQualifier.None).ToList();

        // Then exactly those cells are below-quantification samples with no number
        Assert.Equal(tpCells, qualified.Count);
        Assert.All(qualified, sample =>
        {
            Assert.Equal("TP", sample.Variable);
            Assert.Equal(ValueQualifier.BelowQuantification, sample.Qualifier);
            Assert.Null(sample.Value);
            Assert.Equal("정량한계미만", sample.RawText);
        });
        Assert.All(batch.Samples, s => Assert.True(s.Value is null || double.IsFinite(s.Value.Value)));
    }

    [Theory]
    [InlineData("geum2016.csv", 186)]
    [InlineData("geum2023.csv", 190)]
    public void Should_make_one_located_station_per_code(string file, int codes)
    {
        // Given an export, When it is read
        var batch = SampleFiles.ReadWaterQuality(file);

        // Then each distinct 분류번호 is one station of the water-quality network with a position
        Assert.Equal(codes, batch.Stations.Count);
        Assert.Equal(codes, batch.Stations.Select(s => s.Code).Distinct().Count());
        Assert.All(batch.Stations, s => Assert.Equal(Networks.WaterQuality, s.Network));
        Assert.All(batch.Stations, s => Assert.NotNull(s.Location));
        Assert.DoesNotContain(batch.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Should_leave_the_time_unknown_when_the_sampling_time_is_blank()
    {
        // Given geum2016.csv, whose five blank 채수시각 cells are all on rows without values,
        // When it is read
        var batch = SampleFiles.ReadWaterQuality("geum2016.csv");

        // Then every sample has its time
        Assert.All(batch.Samples, s => Assert.NotNull(s.Time));
    }

    [Fact]
    public void Should_place_the_first_station_at_its_dms_position()
    {
        // Given 백천내 (3303A10) at 126°36'36.5" E, 35°39'17.1" N in geum2016.csv
        var batch = SampleFiles.ReadWaterQuality("geum2016.csv");

        // When its station is looked up
        var station = Assert.Single(batch.Stations, s => s.Code == "3303A10");

        // Then its position is those DMS values in decimal degrees
        Assert.Equal(35 + (39 / 60.0) + (17.1 / 3600), station.Location!.Value.Latitude, 9);
        Assert.Equal(126 + (36 / 60.0) + (36.5 / 3600), station.Location!.Value.Longitude, 9);
    }
}
