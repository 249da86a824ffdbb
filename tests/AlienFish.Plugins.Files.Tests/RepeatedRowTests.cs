using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>Rows of one file that give a key an earlier row gave: the store keeps only the first.</summary>
public sealed class RepeatedRowTests
{
    private const string Header = "분류번호,측정소명,년/월/일,회차,BOD(㎎/L),TP(㎎/L)";

    [Fact]
    public void Should_warn_of_a_row_that_gives_a_stored_key_other_values()
    {
        // Given a visit written twice, the second time with another BOD
        var file = TestData.Text(
            "twice.csv",
            Header,
            "3008A40,미호천,2016/01/04,1회차,2.1,0.05",
            "3008A40,미호천,2016/01/04,1회차,2.4,0.05");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then one warning names the later row, the earlier one and the key of BOD, and a note
        // says the TP that is the same both times is stored once
        var warning = Assert.Single(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);

        Assert.Equal(["files.repeated-row", "files.conflicting-row"], batch.Diagnostics.Select(d => d.Code));
        Assert.Equal([("BOD", 2.1), ("TP", 0.05)], batch.Samples.Select(s => (s.Variable, s.Value!.Value)).Order());

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("files.conflicting-row", warning.Code);
        Assert.Equal(new SourceLocation("twice.csv", null, 3, "BOD(㎎/L)"), warning.Where);
        Assert.Equal(
            "1 water samples give the key of an earlier row with other values (the first is here, against "
            + "row 2: station 3008A40 on 2016-01-04 round 1회차, BOD); the earlier row's values are kept",
            warning.Message);
    }

    [Fact]
    public void Should_note_rows_repeated_exactly()
    {
        // Given a species sheet with one row written twice
        var file = TestData.Text(
            "species.csv",
            "연도,회차,분류코드,학명,국명,개체수",
            "2016,1,3001F74,Zacco platypus,피라미,12",
            "2016,1,3001F74,Zacco platypus,피라미,12");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then a note, not a warning, says it is stored once
        var note = Assert.Single(batch.Diagnostics);

        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.Equal("files.repeated-row", note.Code);
        Assert.Equal(
            "1 species counts repeat an earlier row exactly (the first repeat is here, of row 2: Zacco platypus "
            + "in bio-fish:3001F74 2016 round 1); each is stored once",
            note.Message);
    }
}
