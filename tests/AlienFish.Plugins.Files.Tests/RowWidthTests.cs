using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>Rows of delimited text with more or fewer fields than the header.</summary>
public sealed class RowWidthTests
{
    private const string Header = "측정소명,년월일,용존산소(㎎/L),생물화학적산소요구량㎎/L),총인(㎎/L)";

    [Fact]
    public void Should_leave_out_a_row_with_a_stray_comma_rather_than_shift_its_values()
    {
        // Given a mulmoa export whose second row has a stray comma in its DO value (10,4)
        var file = TestData.Text(
            "mulmoa.csv", Header, "공지천3,2023.04.10,9.8,1.1,0.021", "공지천3,2023.05.08,10,4,2.5,0.063");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then only the sound row's values are kept, and a warning names the other
        var warning = Assert.Single(batch.Diagnostics, d => d.Code == "files.row-width");

        Assert.Equal([9.8, 1.1, 0.021], batch.Samples.Select(s => s.Value!.Value));
        Assert.Equal(new SourceLocation("mulmoa.csv", null, 3, null), warning.Where);
        Assert.StartsWith(
            "1 row has another number of fields than the header's 5 (the first is here, with 6): ",
            warning.Message);
    }

    [Fact]
    public void Should_say_that_a_file_cut_in_its_last_row_is_cut_short()
    {
        // Given an export that ends in the middle of its second row's BOD
        var bytes = System.Text.Encoding.UTF8.GetBytes($"{Header}\n공지천3,2023.04.10,9.8,1.1,0.021\n공지천3,2023.05.08,10.4,2");
        var file = new RawFile("cut.csv", "cut.csv", bytes);

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the cut row is left out, and the warning says the file looks cut short
        var warning = Assert.Single(batch.Diagnostics, d => d.Code == "files.row-width");

        Assert.Equal(3, batch.Samples.Count);
        Assert.Equal(
            "the last row has 4 of the header's 5 fields: the file looks cut short, and the row was left out. "
            + "Download the file again to have it whole",
            warning.Message);
    }

    [Fact]
    public void Should_read_a_row_whose_last_fields_are_empty()
    {
        // Given a row that leaves its last two values empty, with their commas
        var file = TestData.Text("mulmoa.csv", Header, "공지천3,2023.04.10,9.8,,");

        // When it is read, Then its one value is kept and nothing is reported about its width
        var batch = SampleFiles.Read(file);

        Assert.Equal([9.8], batch.Samples.Select(s => s.Value!.Value));
        Assert.DoesNotContain(batch.Diagnostics, d => d.Code == "files.row-width");
    }
}
