using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The header spellings of the portals and their re-exports map through one alias table,
/// and the date forms they write are all read. Spellings are copied from PORTAL-NOTES §1.4
/// and §6 and from the real files.
/// </summary>
public sealed class HeaderAndDateFormTests
{
    [Theory]
    [InlineData("수온 (℃ )", "WT", "°C")]
    [InlineData("수온(°C)", "WT", "°C")]
    [InlineData("ITEM_TEMP", "WT", "°C")]
    [InlineData("전기전도도(?S/㎝)", "EC", "µS/cm")]
    [InlineData("전기전도도(㎛hos/㎝)", "EC", "µS/cm")]
    [InlineData("전기전도도(µS/㎝)", "EC", "µS/cm")]
    [InlineData("전기전도도 EC (μS/cm)", "EC", "µS/cm")]
    [InlineData("질산성질소 NO₃-N (mg/L)", "NO3N", "mg/L")]
    [InlineData("NO3-N(mg/L)", "NO3N", "mg/L")]
    [InlineData("인산염 인 PO₄-P (mg/L)", "PO4P", "mg/L")]
    [InlineData("생물화학적산소요구량㎎/L)", "BOD", "mg/L")]
    [InlineData("용존산소 DO (mg/L)", "DO", "mg/L")]
    [InlineData("IEM_DOC", "DO", "mg/L")]
    [InlineData("총질소(T-N)(㎎/L)", "TN", "mg/L")]
    [InlineData("클로로필 a(㎎/㎥)", "CHLA", "mg/m³")]
    [InlineData("클로로필a Chlorophyll-a (mg/㎥)", "CHLA", "mg/m³")]
    [InlineData("Chl-a(mg/m3)", "CHLA", "mg/m³")]
    [InlineData("유량(㎥/s)", "FLOW", "m³/s")]
    public void Should_map_every_spelling_of_a_header_to_one_variable(string header, string code, string unit)
    {
        // Given a header as one of the files writes it, When it is looked up
        var variable = HeaderAliases.VariableOf(header);

        // Then it is the canonical variable with its unit
        Assert.Equal((code, unit), (variable!.Code, variable.Unit));
    }

    [Theory]
    [InlineData("2016/01/04", 2016, 1, 4)]
    [InlineData("2018.11.01", 2018, 11, 1)]
    [InlineData("2022.12.05", 2022, 12, 5)]
    [InlineData("2024-03-01", 2024, 3, 1)]
    [InlineData("20240301", 2024, 3, 1)]
    public void Should_read_every_sample_date_form(string text, int year, int month, int day)
    {
        // Given a date as an export writes it, When it is read, Then it is that day
        Assert.True(DateText.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("160512", 2016, 2016, 5, 12)]
    [InlineData("90420", 2009, 2009, 4, 20)]
    public void Should_read_a_yymmdd_survey_day_in_its_survey_century(
        string text, int surveyYear, int year, int month, int day)
    {
        // Given a 조사일 as YYMMDD (a workbook may drop its leading zero)
        // When it is read with its survey year, Then it is that day
        Assert.True(DateText.TryParseSurveyDay(text, surveyYear, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void Should_read_a_month_as_its_first_day()
    {
        // Given the wide export's month, When it is read, Then it is the first of the month
        Assert.True(DateText.TryParseMonth("2025.03", out var month));
        Assert.Equal(new DateOnly(2025, 3, 1), month);
    }

    [Fact]
    public void Should_read_a_year_and_round_written_as_one_number()
    {
        // Given a species sheet whose 연도 is the board's period 20152 and 회차 is blank
        var file = TestData.Text(
            "period.csv",
            "번호,연도,회차,분류코드,조사구간명,학명,국명,개체수",
            "1,20152,,3001F74,금강-1,Lepomis macrochirus,블루길,3");

        // When it is read
        var count = Assert.Single(SampleFiles.Read(file).Counts);

        // Then the survey is 2015 round 2
        Assert.Equal(new SurveyKey(Networks.BioFish, "3001F74", 2015, 2), count.Survey);
    }

    [Fact]
    public void Should_read_an_automatic_network_page_answer_with_its_notes()
    {
        // Given the automatic network page's JSON list (PORTAL-NOTES §1.2), built from its
        // documented fields, with a 운전정지 cell
        var file = TestData.Text(
            "auto.json",
            """
            {"list":[{"WQAMN_CODE":"S03004","MESURE_DT":"2024-03-01 13:00","IEM_WTRTP":"8.1",
                      "IEM_PH":"운전정지","IEM_TN":"2.941"}]}
            """);

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the station is an automatic one, and the note is kept as not measured
        var ph = Assert.Single(batch.Samples, s => s.Variable == "PH");

        Assert.Equal(("auto", "S03004"), (batch.Stations[0].Network, batch.Stations[0].Code));
        Assert.All(batch.Samples, s => Assert.Equal(("auto", new DateOnly(2024, 3, 1)), (s.Network, s.Date)));
        Assert.All(batch.Samples, s => Assert.Equal(new TimeOnly(13, 0), s.Time));
        Assert.Null(ph.Value);
        Assert.Equal((ValueQualifier.NotMeasured, "운전정지"), (ph.Qualifier, ph.RawText));
        Assert.Equal(3, batch.Samples.Count);
    }
}
