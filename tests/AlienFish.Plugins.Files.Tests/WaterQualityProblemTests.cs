using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>Small hand-written long exports that each hold one problem.</summary>
public sealed class WaterQualityProblemTests
{
    private const string Header =
        "\"분류번호\",\"측정소명\",\"년/월/일\",\"회차\",\"경도\",\"위도\",\"채수시각\","
        + "\"DO(㎎/L)\",\"TP(㎎/L)\"";

    [Fact]
    public void Should_report_file_row_column_and_text_of_a_value_that_is_not_a_number()
    {
        // Given a TP cell that holds text the portal never writes
        var file = Csv("problem.csv", Header, Row("3303A10", "11.9", "abc"));

        // When the file is read
        var batch = SampleFiles.Read(file);

        // Then no sample is made of it and the diagnostic names where it is and what it says
        var diagnostic = Assert.Single(batch.Diagnostics, d => d.Code == "files.not-a-number");

        Assert.Equal(
            "warning files.not-a-number: problem.csv, row 2, column 'TP(㎎/L)': not a number; "
                + "no sample was made (text 'abc')",
            diagnostic.ToString());
        Assert.Equal("DO", Assert.Single(batch.Samples).Variable);
    }

    [Fact]
    public void Should_keep_and_report_a_column_that_maps_to_no_known_variable()
    {
        // Given an export with a column no alias names
        var file = Csv(
            "extra.csv",
            Header + ",\"투명도(m)\"",
            Row("3303A10", "11.9", "0.006") + ",\"1.5\"");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the column is listed, reported, and its number kept under its header
        Assert.Equal(["투명도(m)"], batch.UnknownColumns);
        Assert.Contains(batch.Diagnostics, d =>
            d.Code == "files.unknown-column" && d.Where!.Column == "투명도(m)" && d.Where.Row == 1);
        Assert.Equal(1.5, Assert.Single(batch.Samples, s => s.Variable == "투명도(m)").Value);
    }

    [Fact]
    public void Should_keep_the_leading_zeros_of_a_station_code()
    {
        // Given a station code that starts with a zero
        var file = Csv("zeros.csv", Header, Row("0301A05", "9.0", "0.010"));

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the code is kept as written on the station and on its samples
        Assert.Equal("0301A05", Assert.Single(batch.Stations).Code);
        Assert.All(batch.Samples, s => Assert.Equal("0301A05", s.StationCode));
    }

    [Fact]
    public void Should_make_no_sample_of_a_blank_cell()
    {
        // Given a row whose TP cell is blank
        var file = Csv("blank.csv", Header, Row("3303A10", "11.9", ""));

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then only the DO sample exists and nothing is reported
        Assert.Equal("DO", Assert.Single(batch.Samples).Variable);
        Assert.Empty(batch.Diagnostics);
    }

    [Theory]
    [InlineData("불검출", ValueQualifier.BelowDetection, null)]
    [InlineData("<0.005", ValueQualifier.BelowQuantification, 0.005)]
    [InlineData("정량한계미만", ValueQualifier.BelowQuantification, null)]
    public void Should_read_a_below_limit_word_as_a_qualifier_never_as_zero(
        string text, ValueQualifier qualifier, double? limit)
    {
        // Given a TP cell with a below-limit word or sign
        var file = Csv("limit.csv", Header, Row("3303A10", "11.9", text));

        // When it is read
        var sample = Assert.Single(SampleFiles.Read(file).Samples, s => s.Variable == "TP");

        // Then it has no value, the qualifier, the limit where given and the text as written
        Assert.Null(sample.Value);
        Assert.Equal(qualifier, sample.Qualifier);
        Assert.Equal(limit, sample.Limit);
        Assert.Equal(text, sample.RawText);
    }

    [Fact]
    public void Should_report_a_station_placed_in_two_positions_once()
    {
        // Given two rows of one station whose coordinates differ
        var moved = Row("3303A10", "11.0", "0.007").Replace("35°39'17.1", "35°40'00.0");
        var file = Csv("moved.csv", Header, Row("3303A10", "11.9", "0.006"), moved, moved);

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then one station is made at the first position and the move is reported once
        var station = Assert.Single(batch.Stations);
        var diagnostic = Assert.Single(batch.Diagnostics, d => d.Code == "files.station-moved");

        Assert.Equal(35 + (39 / 60.0) + (17.1 / 3600), station.Location!.Value.Latitude, 9);
        Assert.Equal(3, diagnostic.Where!.Row);
    }

    [Fact]
    public void Should_not_report_a_station_whose_position_is_only_written_differently()
    {
        // Given a second row of the station whose latitude has lost its seconds mark
        var same = Row("3303A10", "11.0", "0.007").Replace("35°39'17.1\"\"", "35°39'17.10");
        var file = Csv("same.csv", Header, Row("3303A10", "11.9", "0.006"), same);

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then both rows place it at one point and nothing is reported
        Assert.Single(batch.Stations);
        Assert.DoesNotContain(batch.Diagnostics, d => d.Code == "files.station-moved");
    }

    [Fact]
    public void Should_leave_the_position_unknown_when_a_coordinate_is_not_one()
    {
        // Given a row whose latitude cell holds no coordinate
        var row = Row("3303A10", "11.9", "0.006").Replace("35°39'17.1\"\"", "위치미상");
        var file = Csv("where.csv", Header, row);

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the station has no position and the cell is reported
        var diagnostic = Assert.Single(batch.Diagnostics);

        Assert.Null(Assert.Single(batch.Stations).Location);
        Assert.Equal("files.bad-coordinate", diagnostic.Code);
        Assert.Equal(new SourceLocation("where.csv", null, 2, "위도"), diagnostic.Where);
        Assert.Equal("위치미상", diagnostic.RawText);
    }

    private static string Row(string code, string dissolvedOxygen, string phosphorus) =>
        $"\"{code}\",\"백천내\",\"2016/01/04\",\"1회차\",\"126°36'36.5\"\"\",\"35°39'17.1\"\"\","
        + $"\"15:00\",\"{dissolvedOxygen}\",\"{phosphorus}\"";

    private static RawFile Csv(string name, params string[] lines)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

        return new RawFile(name, name, bytes);
    }
}
