using AlienFish.Core.Prediction;
using AlienFish.Testing;

namespace AlienFish.Core.Tests;

public sealed class WaterQualityCsvTests
{
    [Fact]
    public void Should_read_features_by_name_with_blank_cells_missing()
    {
        using var temp = new TempFolder();
        var path = temp.File("wq.csv");
        File.WriteAllText(path, "reach,year,round,TP,DO,reach_name\nR1,2024,1,0.05,,상류\nR2,2024,2,0.1,8.5,\n");

        var input = WaterQualityCsv.Read(path, ["DO", "TP"]);

        Assert.Equal(2, input.Surveys.Count);
        Assert.Equal(("R1", 2024, 1), (input.Surveys[0].ReachCode, input.Surveys[0].Year, input.Surveys[0].Round));
        Assert.True(double.IsNaN(input.Features[0][0]));
        Assert.Equal(0.05, input.Features[0][1]);
        Assert.Equal([8.5, 0.1], input.Features[1]);
        Assert.Equal(["상류", "R2"], input.ReachNames);
    }

    [Fact]
    public void Should_refuse_input_that_lacks_a_feature_the_model_needs()
    {
        using var temp = new TempFolder();
        var path = temp.File("wq.csv");
        File.WriteAllText(path, "reach,year,round,DO\nR1,2024,1,9\n");

        var error = Assert.Throws<PipelineException>(() => WaterQualityCsv.Read(path, ["DO", "TP", "TOC"]));

        Assert.Equal(
            $"{path} lacks the column(s) TP, TOC that the model needs; it has reach, year, round, DO",
            error.Message);
    }

    [Fact]
    public void Should_name_the_row_and_column_of_a_value_that_is_not_a_number()
    {
        using var temp = new TempFolder();
        var path = temp.File("wq.csv");
        File.WriteAllText(path, "reach,year,round,DO\nR1,2024,1,9\nR2,2024,1,정량한계미만\n");

        var error = Assert.Throws<PipelineException>(() => WaterQualityCsv.Read(path, ["DO"]));

        Assert.Equal(
            $"{path}, row 3, column 'DO': '정량한계미만' is not a number; leave the cell blank for a missing value",
            error.Message);
    }
}
