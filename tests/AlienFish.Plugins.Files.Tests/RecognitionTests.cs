using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>Files are told apart by their bytes and header, never by their names.</summary>
public sealed class RecognitionTests
{
    private readonly FilesSource _source = new();

    public static TheoryData<string, string, string> Samples => new()
    {
        { "water-quality", "geum2016.csv", "wq-long" },
        { "water-quality", "geum2023.csv", "wq-long" },
        { "water-quality", SampleFiles.StationList, "station-list" },
        { "fish", "어류_현지조사_2016.xls", "fish-survey" },
        { "fish", "어류_현지조사_2023.xls", "fish-survey" },
        { "fish", "어류_출현생물_2016.xls", "fish-species" },
        { "fish", "어류_출현생물_2016.csv", "fish-species" },
        { "fish", "어류_출현생물_2023.xls", "fish-species" },
        { "fish", "어류_수질_2016.xls", "fish-chemistry" },
        { "fish", "어류_수질_2023.xls", "fish-chemistry" },
        { "data", TestData.FishList, "species-list" },
        { "data", TestData.AlienSightings, "occurrences" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Should_recognise_every_sample_by_its_layout(string folder, string name, string layout)
    {
        // Given a sample file under a name that says nothing of its kind
        var file = SampleFiles.Renamed(Load(folder, name), "download.bin");

        // When it is offered to the source, Then the layout is recognised from its content
        Assert.Equal(layout, _source.Recognise(file));
    }

    [Fact]
    public void Should_read_an_xlsx_named_xls_as_a_workbook()
    {
        // Given the 2023 field record, an XLSX zip named .xls
        var file = SampleFiles.Fish("어류_현지조사_2023.xls");

        // When it is read
        var batch = _source.Read(file, CancellationToken.None);

        // Then its rows are read from the zip's sheet
        Assert.Equal([0x50, 0x4B, 0x03, 0x04], file.Content[..4].ToArray());
        Assert.Equal(85, batch.Surveys.Count);
    }

    [Fact]
    public void Should_read_a_csv_named_txt_as_text()
    {
        // Given the 2016 species CSV under a .txt name
        var file = SampleFiles.Renamed(SampleFiles.Fish("어류_출현생물_2016.csv"), "출현생물.txt");

        // When it is recognised and read
        var layout = _source.Recognise(file);
        var batch = _source.Read(file, CancellationToken.None);

        // Then it is the species layout with all its rows
        Assert.Equal("fish-species", layout);
        Assert.Equal(1477, batch.Counts.Count);
    }

    [Fact]
    public void Should_read_utf8_text_the_same_as_cp949_text()
    {
        // Given geum2016.csv re-encoded from CP949 to UTF-8 without a BOM
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var original = SampleFiles.WaterQuality("geum2016.csv");
        var text = Encoding.GetEncoding(949).GetString(original.Content.Span);
        var bytes = new UTF8Encoding(false).GetBytes(text);
        var utf8 = new RawFile("geum2016-utf8.csv", "geum2016-utf8.csv", bytes);

        // When both are read
        var fromUtf8 = _source.Read(utf8, CancellationToken.None);
        var fromCp949 = SampleFiles.ReadWaterQuality("geum2016.csv");

        // Then they give the same samples and stations, each from its own file
        Assert.Equal(fromCp949.Samples.Count, fromUtf8.Samples.Count);
        Assert.Equal(
            fromCp949.Stations.Select(s => s with { Origin = s.Origin! with { File = "-" } }),
            fromUtf8.Stations.Select(s => s with { Origin = s.Origin! with { File = "-" } }));
    }

    [Fact]
    public void Should_not_recognise_random_bytes()
    {
        // Given bytes from a seeded random source
        var bytes = new byte[4096];

        new Random(20240611).NextBytes(bytes);

        var file = new RawFile("noise.csv", "noise.csv", bytes);

        // When they are offered and read
        var layout = _source.Recognise(file);
        var error = Assert.Throws<SourceFormatException>(() => _source.Read(file, CancellationToken.None));

        // Then they are not recognised, and reading says the file is no data file
        Assert.Null(layout);
        Assert.Equal(
            "noise.csv is neither text nor an Excel workbook. Give a CSV, .xls or .xlsx export.",
            error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello, world\nthis is not an export\n")]
    [InlineData("<html><body><table><tr><td>1</td></tr></table></body></html>")]
    public void Should_not_recognise_text_without_a_known_header(string text)
    {
        // Given a file of text that holds no known header
        var file = new RawFile("notes.csv", "notes.csv", Encoding.UTF8.GetBytes(text));

        // When it is offered, Then it is not recognised, and reading it throws naming the file
        Assert.Null(_source.Recognise(file));
        Assert.StartsWith(
            "notes.csv ",
            Assert.Throws<SourceFormatException>(() => _source.Read(file, CancellationToken.None)).Message);
    }

    [Fact]
    public void Should_refuse_a_truncated_xlsx_naming_the_file()
    {
        // Given the first half of an XLSX download
        var whole = SampleFiles.Fish("어류_출현생물_2023.xls");
        var file = new RawFile("cut.xls", "cut.xls", whole.Content[..(whole.Content.Length / 2)]);

        // When it is offered and read
        var layout = _source.Recognise(file);
        var error = Assert.Throws<SourceFormatException>(() => _source.Read(file, CancellationToken.None));

        // Then it is claimed as a workbook, and reading says what is wrong and what to do
        Assert.Equal("workbook", layout);
        Assert.Equal(
            "cut.xls is not a complete Excel workbook: its zip archive is cut short or damaged. "
                + "Download the file again.",
            error.Message);
    }

    [Fact]
    public void Should_refuse_a_truncated_biff_workbook_naming_the_file()
    {
        // Given the first half of a BIFF8 workbook
        var whole = SampleFiles.Fish("어류_현지조사_2016.xls");
        var file = new RawFile("cut-biff.xls", "cut-biff.xls", whole.Content[..(whole.Content.Length / 2)]);

        // When it is offered and read
        var layout = _source.Recognise(file);
        var error = Assert.Throws<SourceFormatException>(() => _source.Read(file, CancellationToken.None));

        // Then it is claimed as a workbook, and reading names the file
        Assert.Equal("workbook", layout);
        Assert.StartsWith("cut-biff.xls ", error.Message);
    }

    [Fact]
    public void Should_list_the_known_layouts_when_a_table_has_no_known_header()
    {
        // Given a CSV with a header of no known layout
        var file = new RawFile("other.csv", "other.csv", Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n"));

        // When it is read
        var error = Assert.Throws<SourceFormatException>(() => _source.Read(file, CancellationToken.None));

        // Then the message names the file and every layout with the headers it needs
        Assert.Equal(
            "other.csv has no header this source knows in its first rows. Expected one of: "
                + "fish-survey (년도, 회차, 분류코드, 조사구간명, 조사일); "
                + "fish-species (년도, 회차, 분류코드, 학명, 국명, 개체수); "
                + "fish-chemistry (년도, 회차, 분류코드); "
                + "wq-long (분류번호, 측정소명, 년/월/일); "
                + "tl-export (총량지점명, 년/월/일); "
                + "wq-wide (대권역, 중권역, 소권역, 측정소명); "
                + "mulmoa (측정소명, 년/월/일); "
                + "station-list (분류번호, 위도(Degree), 경도(Degree)); "
                + "occurrences (학명, 년도, 위도, 경도); "
                + "species-list (학명, 국명). "
                + "Check that the file is an unedited export of one of these tables.",
            error.Message);
    }

    private static RawFile Load(string folder, string name) =>
        folder switch
        {
            "fish" => SampleFiles.Fish(name),
            "data" => TestData.Load(name),
            _ => SampleFiles.WaterQuality(name),
        };
}
