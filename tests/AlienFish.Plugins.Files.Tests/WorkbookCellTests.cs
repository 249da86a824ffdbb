using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// Workbooks written by small tools rather than by Excel, and cells whose XML contradicts
/// itself: read where the content is sound, refused with the cell named where it is not.
/// </summary>
public sealed class WorkbookCellTests
{
    private static readonly string Header =
        HandMadeWorkbook.TextRow(1, "학명", "조사연도", "위도", "경도", "관찰일");

    [Fact]
    public void Should_read_a_date_cell_of_a_workbook_that_leaves_out_its_properties()
    {
        // Given a workbook without workbook properties whose E2 is day 43952 styled as a date
        // (2020-05-01 counted from 1900, as Excel and LibreOffice show it)
        var row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Lepomis macrochirus</t></is></c>"
            + "<c r=\"B2\"><v>2020</v></c><c r=\"C2\"><v>35.8</v></c><c r=\"D2\"><v>128.6</v></c>"
            + "<c r=\"E2\" s=\"1\"><v>43952</v></c></row>";
        var file = HandMadeWorkbook.Build("sightings.xlsx", "관찰", Header + row);

        // When it is read
        var sighting = Assert.Single(SampleFiles.Read(file).Occurrences);

        // Then the date cell reads as its day
        Assert.Equal(new DateOnly(2020, 5, 1), sighting.Date);
    }

    [Fact]
    public void Should_refuse_a_cell_that_points_at_a_missing_shared_string_naming_the_cell()
    {
        // Given a workbook whose A2 names shared string 7 and that has no shared strings
        var row = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>";
        var file = HandMadeWorkbook.Build("damaged.xlsx", "관찰", Header + row);

        // When it is read
        var error = Assert.Throws<SourceFormatException>(() => SampleFiles.Read(file));

        // Then the error names the file, sheet and cell and says what to do
        Assert.StartsWith("damaged.xlsx, sheet '관찰', cell A2: the cell cannot be read (", error.Message);
        Assert.EndsWith(
            "); the workbook is damaged. Open it in a spreadsheet program and save it again as .xlsx, or "
            + "export the sheet as CSV.",
            error.Message);
    }

    [Fact]
    public void Should_refuse_a_workbook_that_claims_to_unpack_to_more_than_it_reads_without_unpacking_it()
    {
        // Given a workbook whose zip directory says the sheet unpacks to 2,147 MB
        var file = HandMadeWorkbook.Build("bomb.xlsx", "관찰", Header);
        var bytes = file.Content.ToArray();
        var name = "xl/worksheets/sheet1.xml"u8.ToArray();
        var entry = FindCentralEntry(bytes, name);

        BitConverter.TryWriteBytes(bytes.AsSpan(entry + 24, 4), int.MaxValue);

        // When it is read
        var error = Assert.Throws<SourceFormatException>(() => SampleFiles.Read(file with { Content = bytes }));

        // Then it is refused by its size, with what to do
        Assert.StartsWith("bomb.xlsx unpacks to 2,147 MB, more than fishdens reads from one workbook (1,000 MB).", error.Message);
    }

    /// <summary>The offset of the zip central directory record of the entry named <paramref name="name"/>.</summary>
    private static int FindCentralEntry(byte[] zip, byte[] name)
    {
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var isRecord = zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 0x01 && zip[i + 3] == 0x02;

            if (isRecord && zip.AsSpan(i + 46).StartsWith(name))
            {
                return i;
            }
        }

        throw new InvalidOperationException("no central directory record for the entry");
    }

    [Fact]
    public void Should_refuse_text_in_a_number_cell_naming_the_cell()
    {
        // Given a workbook whose D2 is typed a number but holds text
        var row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Lepomis macrochirus</t></is></c>"
            + "<c r=\"B2\"><v>2020</v></c><c r=\"C2\"><v>35.8</v></c><c r=\"D2\" t=\"n\"><v>abc</v></c></row>";
        var file = HandMadeWorkbook.Build("damaged.xlsx", "관찰", Header + row);

        // When it is read, Then the cell is named
        var error = Assert.Throws<SourceFormatException>(() => SampleFiles.Read(file));

        Assert.StartsWith("damaged.xlsx, sheet '관찰', cell D2: the cell cannot be read (", error.Message);
    }
}
