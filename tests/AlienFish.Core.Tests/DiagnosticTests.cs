using AlienFish.Abstractions;

namespace AlienFish.Core.Tests;

public sealed class DiagnosticTests
{
    [Fact]
    public void Should_quote_a_short_cell_whole()
    {
        // Given a diagnostic about a short cell, When it is written out
        var text = new Diagnostic(
            DiagnosticSeverity.Warning, "files.not-a-number", "not a number", new("wq.csv", null, 3, "BOD"), "2..1")
            .ToString();

        // Then the cell is quoted as it was
        Assert.Equal("warning files.not-a-number: wq.csv, row 3, column 'BOD': not a number (text '2..1')", text);
    }

    [Fact]
    public void Should_quote_the_start_of_a_long_cell_and_count_the_rest()
    {
        // Given a diagnostic about a cell of 5,000 characters
        var cell = new string('가', 5000);

        // When it is written out
        var text = new Diagnostic(DiagnosticSeverity.Warning, "files.x", "too long", RawText: cell).ToString();

        // Then it quotes 200 characters and says how many more there are
        Assert.Equal($"warning files.x: too long (text '{cell[..200]}…' and 4800 more characters)", text);
    }
}
