using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The synthetic 어류 현지조사 sheets: 2016 as real BIFF8, 2023 as XLSX named .xls, both
/// with a group row, a header row and a unit row above the data. Expected values were
/// read with Python's xlrd and openpyxl.
/// </summary>
public sealed class FishSurveyTests
{
    [Theory]
    [InlineData("어류_현지조사_2016.xls", 170, 85, 85)]
    [InlineData("어류_현지조사_2023.xls", 85, 85, 85)]
    public void Should_make_one_survey_per_row_and_one_reach_per_code(
        string file, int surveys, int reaches, int firstRoundSurveys)
    {
        // Given a field-record workbook, When it is read
        var batch = SampleFiles.ReadFish(file);

        // Then each data row is a survey of the bio-fish network and each code one reach
        Assert.Equal("fish-survey", batch.Layout);
        Assert.Equal(surveys, batch.Surveys.Count);
        Assert.Equal(reaches, batch.Reaches.Count);
        Assert.Equal(firstRoundSurveys, batch.Surveys.Count(s => s.Key.Round == 1));
        Assert.All(batch.Surveys, s => Assert.Equal(Networks.BioFish, s.Key.Network));
        Assert.All(batch.Reaches, r => Assert.NotNull(r.Location));
        Assert.Empty(batch.Diagnostics);
    }

    [Theory]
    [InlineData("어류_현지조사_2016.xls", "3001F74", 4, "2016-04-20", 64.0, "족대", 7510.0)]
    [InlineData("어류_현지조사_2016.xls", "3001F97", 5, "2016-04-24", 84.0, "투망", 1600.0)]
    [InlineData("어류_현지조사_2016.xls", "3004F98", 10, "2016-05-21", 90.0, "투망", 2300.0)]
    [InlineData("어류_현지조사_2023.xls", "3001F74", 4, "2023-04-20", 75.0, "투망", 8213.0)]
    [InlineData("어류_현지조사_2023.xls", "3002F88", 6, "2023-05-14", 84.0, "투망", 10425.0)]
    public void Should_read_date_effort_gear_and_area_of_a_first_round_survey(
        string file,
        string code,
        int row,
        string date,
        double minutes,
        string gear,
        double area)
    {
        // Given a first-round survey row of a workbook, When the workbook is read
        var survey = Assert.Single(
            SampleFiles.ReadFish(file).Surveys, s => s.Key.ReachCode == code && s.Key.Round == 1);

        // Then it has the row's 조사일, effort, gear and 조사면적, and names the row
        Assert.Equal(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), survey.Date);
        Assert.Equal(minutes, survey.EffortMinutes);
        Assert.Equal(gear, survey.Gear);
        Assert.Equal(area, survey.AreaSquareMetres);
        Assert.Equal(new SourceLocation(file, "현지조사", row, "분류코드"), survey.Origin);
    }

    [Fact]
    public void Should_read_the_reach_hierarchy_and_its_dms_position()
    {
        // Given reach 3001F74 (금강-1, 용담댐) at 35°48'16.08" N 127°31'41.82" E
        var batch = SampleFiles.ReadFish("어류_현지조사_2016.xls");

        // When its reach is looked up
        var reach = Assert.Single(batch.Reaches, r => r.Code == "3001F74");

        // Then it carries the names of the columns found under the group row
        Assert.Equal(Networks.BioFish, reach.Network);
        Assert.Equal("금강-1", reach.Name);
        Assert.Equal("금강", reach.Basin);
        Assert.Equal("금강", reach.WaterSystem);
        Assert.Equal("용담댐", reach.MidBasin);
        Assert.Equal("금강", reach.River);
        Assert.Equal(35 + (48 / 60.0) + (16.08 / 3600), reach.Location!.Value.Latitude, 9);
        Assert.Equal(127 + (31 / 60.0) + (41.82 / 3600), reach.Location!.Value.Longitude, 9);
    }

    [Fact]
    public void Should_keep_two_reaches_that_share_a_name_apart_by_code()
    {
        // Given two reaches both named 금강-1, When the workbook is read
        var batch = SampleFiles.ReadFish("어류_현지조사_2023.xls");

        // Then they are two reaches under their own codes
        var codes = batch.Reaches.Where(r => r.Name == "금강-1").Select(r => r.Code).Order();

        Assert.Equal(["3001F74", "3002F88"], codes);
    }
}
