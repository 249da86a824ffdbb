using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The synthetic 생물측정망 수질 sheets (round column 차수). Expected values were read
/// with Python's xlrd and openpyxl.
/// </summary>
public sealed class FishChemistryTests
{
    private static readonly string[] ThirteenVariables =
        ["WT", "DO", "PH", "EC", "TUR", "BOD", "NH3N", "NO3N", "TN", "PO4P", "TP", "CHLA", "SS"];

    [Theory]
    [InlineData("어류_수질_2016.xls", 51, 639, 3)]
    [InlineData("어류_수질_2023.xls", 26, 329, 4)]
    public void Should_make_one_value_per_filled_cell_of_every_row(
        string file, int surveys, int values, int notes)
    {
        // Given a chemistry sheet with some blank cells and a few 비고 notes
        // When it is read
        var batch = SampleFiles.ReadFish(file);

        // Then each filled value cell is one value, keyed by its survey, and each note is passed on
        Assert.Equal("fish-chemistry", batch.Layout);
        Assert.Equal(values, batch.SiteChemistry.Count);
        Assert.Equal(surveys, batch.SiteChemistry.Select(c => c.Survey).Distinct().Count());
        var variables = batch.SiteChemistry.Select(c => c.Variable).Distinct().Order();

        Assert.Equal(ThirteenVariables.Order(), variables);
        Assert.Empty(batch.UnknownColumns);
        Assert.Equal(notes, batch.Diagnostics.Count(d => d.Code == "files.note"));
        Assert.Equal(notes, batch.Diagnostics.Count);
    }

    [Theory]
    [InlineData("WT", 10.9, "°C", "수온(°C)")]
    [InlineData("NH3N", 0.053, "mg/L", "NH3-N(mg/L)")]
    [InlineData("EC", 224.0, "µS/cm", "전기전도도(uS/cm)")]
    [InlineData("CHLA", 0.4, "mg/m³", "Chl-a(mg/m3)")]
    public void Should_map_each_header_to_its_canonical_variable_and_unit(
        string variable, double value, string unit, string header)
    {
        // Given the first row of 2016: 3001F97 (정자천-1), 2016 round 1, on sheet row 2
        var batch = SampleFiles.ReadFish("어류_수질_2016.xls");
        var survey = new SurveyKey(Networks.BioFish, "3001F97", 2016, 1);

        // When its value of one variable is looked up
        var chemistry = Assert.Single(batch.SiteChemistry, c => c.Survey == survey && c.Variable == variable);

        // Then it has the cell's value in the canonical unit and names its cell
        Assert.Equal(value, chemistry.Value);
        Assert.Equal(unit, chemistry.Unit);
        Assert.Equal(ValueQualifier.None, chemistry.Qualifier);
        Assert.Equal(new SourceLocation("어류_수질_2016.xls", "수질", 2, header), chemistry.Origin);
    }
}
