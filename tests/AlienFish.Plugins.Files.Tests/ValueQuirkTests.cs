using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// Small mulmoa-style files (station name, date, two items) that each hold one value the
/// portals write in place of a plain number.
/// </summary>
public sealed class ValueQuirkTests
{
    private const string Header = "측정소명,년월일,용존산소(㎎/L),총인(㎎/L)";

    [Theory]
    [InlineData("정량한계미만", ValueQualifier.BelowQuantification, null)]
    [InlineData("999999999", ValueQualifier.BelowQuantification, null)]
    [InlineData("불검출", ValueQualifier.BelowDetection, null)]
    [InlineData("ND", ValueQualifier.BelowDetection, null)]
    [InlineData("<0.1", ValueQualifier.BelowQuantification, 0.1)]
    [InlineData("운전정지", ValueQualifier.NotMeasured, null)]
    [InlineData("장비점검", ValueQualifier.NotMeasured, null)]
    [InlineData("미조사항목", ValueQualifier.NotMeasured, null)]
    [InlineData("분석중", ValueQualifier.NotMeasured, null)]
    public void Should_keep_a_word_for_a_value_as_a_qualifier_with_no_value(
        string text, ValueQualifier qualifier, double? limit)
    {
        // Given a TP cell that holds a word or sign in place of a number
        var file = TestData.Text("q.csv", Header, $"공지천3,2023.03.06,12.9,{text}");

        // When it is read
        var sample = Assert.Single(SampleFiles.Read(file).Samples, s => s.Variable == "TP");

        // Then the sample has no value, never 0 or NaN, and keeps the qualifier, limit and text
        Assert.Null(sample.Value);
        Assert.Equal((qualifier, limit, text), (sample.Qualifier, sample.Limit, sample.RawText));
        Assert.Equal(new SourceLocation("q.csv", null, 2, "총인(㎎/L)"), sample.Origin);
        Assert.Equal(new DateOnly(2023, 3, 6), sample.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(" ")]
    public void Should_make_no_sample_of_a_blank_or_dash_cell(string text)
    {
        // Given a TP cell that is blank or a dash
        var file = TestData.Text("b.csv", Header, $"공지천3,2023.03.06,12.9,{text}");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then only the DO sample exists, and no warning is raised
        Assert.Equal("DO", Assert.Single(batch.Samples).Variable);
        Assert.DoesNotContain(batch.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Should_read_the_blank_sentinel_as_missing_and_report_it_once()
    {
        // Given two TP cells holding the grid's blank sentinel
        var file = TestData.Text(
            "s.csv", Header, "공지천3,2023.03.06,12.9,888888888", "공지천3,2023.04.03,11.0,888888888");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then no TP sample is made and one Info names the first cell and the count
        var info = Assert.Single(batch.Diagnostics, d => d.Code == "files.sentinel");

        Assert.DoesNotContain(batch.Samples, s => s.Variable == "TP");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal(new SourceLocation("s.csv", null, 2, "총인(㎎/L)"), info.Where);
        Assert.StartsWith("2 cells hold 888888888", info.Message);
    }

    [Fact]
    public void Should_report_the_below_quantification_sentinel_once()
    {
        // Given a TP cell holding the grid's 정량한계미만 sentinel
        var file = TestData.Text("bq.csv", Header, "공지천3,2023.03.06,12.9,999999999");

        // When it is read
        var info = Assert.Single(SampleFiles.Read(file).Diagnostics, d => d.Code == "files.sentinel");

        // Then the Info says what it was read as
        Assert.Equal(
            "info files.sentinel: bq.csv, row 2, column '총인(㎎/L)': 1 cells hold 999999999, the portal's "
                + "mark for 정량한계미만; read as below quantification (the first is here) (text '999999999')",
            info.ToString());
    }

    [Theory]
    [InlineData("\"13,000\"", 13000.0)]
    [InlineData("\"1,234.5\"", 1234.5)]
    [InlineData("13000", 13000.0)]
    public void Should_drop_thousands_separators_in_a_number(string cell, double value)
    {
        // Given a DO cell written with thousands separators (quoted, as a CSV must)
        var file = TestData.Text("t.csv", Header, $"공지천3,2023.03.06,{cell},0.1");

        // When it is read, Then the value is the number without them
        Assert.Equal(value, Assert.Single(SampleFiles.Read(file).Samples, s => s.Variable == "DO").Value);
    }

    [Fact]
    public void Should_refuse_a_comma_that_is_not_a_thousands_separator()
    {
        // Given a DO cell with a decimal comma
        var file = TestData.Text("c.csv", Header, "공지천3,2023.03.06,\"1,5\",0.1");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then no DO sample is guessed, and the cell is reported
        Assert.DoesNotContain(batch.Samples, s => s.Variable == "DO");
        Assert.Equal("1,5", Assert.Single(batch.Diagnostics, d => d.Code == "files.not-a-number").RawText);
    }

    [Fact]
    public void Should_read_tab_separated_cp949_text_with_crlf()
    {
        // Given the same rows as a tab-separated CP949 file with CRLF line ends
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var text = (Header + "\r\n공지천3\t2023.03.06\t12.9\t0.047\r\n").Replace(',', '\t');
        var file = new RawFile("tab.txt", "tab.txt", Encoding.GetEncoding(949).GetBytes(text));

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the separator and encoding are found from the content
        Assert.Equal("mulmoa", batch.Layout);
        Assert.Equal([12.9, 0.047], batch.Samples.Select(s => s.Value!.Value));
        Assert.Equal("총인(㎎/L)", batch.Samples[1].Origin.Column);
    }

    [Fact]
    public void Should_warn_of_a_station_code_that_a_spreadsheet_made_a_number()
    {
        // Given a long export whose 분류번호 Excel turned into 3.0E+06
        var file = TestData.Text(
            "sci.csv",
            "분류번호,측정소명,년/월/일,DO(㎎/L)",
            "3.0E+06,백천내,2016/01/04,11.9",
            "3.0E+06,백천내,2016/01/11,10.2");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the code is kept as written and one warning names file, row, column and text
        var warning = Assert.Single(batch.Diagnostics, d => d.Code == "files.code-as-number");

        Assert.Equal("3.0E+06", Assert.Single(batch.Stations).Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(new SourceLocation("sci.csv", null, 2, "분류번호"), warning.Where);
        Assert.Equal("3.0E+06", warning.RawText);
    }

    [Fact]
    public void Should_keep_one_name_under_two_codes_as_two_stations_and_say_so()
    {
        // Given geum2016.csv, where 마산천 is both 3301A54 and 3013A70
        var batch = SampleFiles.ReadWaterQuality("geum2016.csv");

        // When it is read
        var stations = batch.Stations.Where(s => s.Name == "마산천").Select(s => s.Code).Order();
        var info = Assert.Single(batch.Diagnostics, d => d.Code == "files.same-name" && d.RawText == "마산천");

        // Then both stations exist and an Info names both codes
        Assert.Equal(["3013A70", "3301A54"], stations);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("3301A54", info.Message);
        Assert.Contains("3013A70", info.Message);
    }

    [Fact]
    public void Should_set_the_origin_of_a_station_and_a_reach()
    {
        // Given the first row of geum2016.csv and the first reach row of the 2016 field record
        var water = SampleFiles.ReadWaterQuality("geum2016.csv");
        var fish = SampleFiles.ReadFish("어류_현지조사_2016.xls");

        // When their station and reach are looked up
        var station = Assert.Single(water.Stations, s => s.Code == "3303A10");
        var reach = Assert.Single(fish.Reaches, r => r.Code == "3001F74");

        // Then each names the cell of its code on its first row
        Assert.Equal(new SourceLocation("geum2016.csv", null, 2, "분류번호"), station.Origin);
        Assert.Equal(new SourceLocation("어류_현지조사_2016.xls", "현지조사", 4, "분류코드"), reach.Origin);
    }

    [Fact]
    public void Should_keep_the_limit_of_a_below_limit_site_chemistry_value()
    {
        // Given a chemistry sheet whose T-P cell is <0.005
        var file = TestData.Text(
            "chem.csv", "번호,연도,차수,분류코드,조사구간명,T-P(mg/L)", "1,2016,1,3001F97,정자천-1,<0.005");

        // When it is read
        var value = Assert.Single(SampleFiles.Read(file).SiteChemistry);

        // Then the value is null with its qualifier, limit and text
        Assert.Null(value.Value);
        Assert.Equal(ValueQualifier.BelowQuantification, value.Qualifier);
        Assert.Equal((0.005, "<0.005"), (value.Limit, value.RawText));
    }
}
