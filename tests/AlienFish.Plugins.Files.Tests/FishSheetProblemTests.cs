using System.Text;
using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Taxonomy;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>Small hand-written fish sheets that each hold one problem.</summary>
public sealed class FishSheetProblemTests
{
    private const string SpeciesHeader =
        "번호,연도,회차,분류코드,조사구간명,학명,국명,개체수,외래종 여부";

    [Fact]
    public void Should_skip_a_count_that_is_no_number_and_report_it()
    {
        // Given a species row whose count is a word
        var file = Csv(
            "species.csv",
            SpeciesHeader,
            "1,2016,1,3001F74,금강-1,Zacco platypus,피라미,많음,N",
            "2,2016,1,3001F74,금강-1,Lepomis macrochirus,파랑볼우럭,4,Y");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then only the other row is a count, and the word is reported where it stands
        var count = Assert.Single(batch.Counts);
        var diagnostic = Assert.Single(batch.Diagnostics);

        Assert.Same(AlienSpecies.Bluegill, count.Species);
        Assert.Equal(4, count.Count);
        Assert.Equal("files.bad-count", diagnostic.Code);
        Assert.Equal(new SourceLocation("species.csv", null, 2, "개체수"), diagnostic.Where);
        Assert.Equal("많음", diagnostic.RawText);
    }

    [Fact]
    public void Should_skip_a_row_without_a_survey_year_and_report_it()
    {
        // Given a species row whose 연도 is blank
        var file = Csv("year.csv", SpeciesHeader, "1,,1,3001F74,금강-1,Zacco platypus,피라미,3,N");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then no count is made and the year cell is reported
        Assert.Empty(batch.Counts);
        Assert.Equal("연도", Assert.Single(batch.Diagnostics, d => d.Code == "files.missing-key").Where!.Column);
    }

    [Fact]
    public void Should_read_the_round_of_a_chemistry_sheet_from_its_own_round_column()
    {
        // Given a chemistry sheet exported as CSV, keyed by 차수
        var file = Csv(
            "chemistry.csv",
            "번호,연도,차수,분류코드,조사구간명,수온(°C),T-P(mg/L),비고",
            "1,2016,2,3001F97,정자천-1,18.5,0.012,");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then its values belong to the second-round survey of that reach
        var survey = new SurveyKey(Networks.BioFish, "3001F97", 2016, 2);

        Assert.Equal("fish-chemistry", batch.Layout);
        Assert.Equal(["WT", "TP"], batch.SiteChemistry.Select(c => c.Variable));
        Assert.All(batch.SiteChemistry, c => Assert.Equal(survey, c.Survey));
    }

    private static RawFile Csv(string name, params string[] lines) =>
        new(name, name, Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n"));
}
