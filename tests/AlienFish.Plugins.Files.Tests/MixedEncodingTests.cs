using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// UTF-8 files with a few lines that are not UTF-8: a byte damaged in transfer, or a line
/// pasted from a CP949 file. The rest of the file is still read as UTF-8, never as CP949.
/// </summary>
public sealed class MixedEncodingTests
{
    private const string Header = "분류번호,측정소명,위도,경도";

    [Fact]
    public void Should_read_a_utf8_file_with_one_damaged_byte_as_utf8_and_say_where()
    {
        // Given a UTF-8 station list whose third station's name lost a byte (갑 is EA B0 91)
        var bytes = Utf8(Header, "3008A40,미호천,36.5,127.3", "3012A20,공주1,36.46,127.12", "3009A10,갑천1,36.35,127.38");
        var damaged = bytes.AsSpan().IndexOf("갑"u8);
        bytes[damaged + 1] = 0x41;

        // When it is read
        var batch = SampleFiles.Read(new RawFile("damaged.csv", "damaged.csv", bytes));

        // Then the sound lines keep their Korean names, and one warning points at the damaged line
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Equal(["미호천", "공주1", "\uFFFDA\uFFFD천1"], batch.Stations.Select(s => s.Name));
        Assert.Equal("files.mixed-encoding", warning.Code);
        Assert.Equal(new SourceLocation("damaged.csv", null, 4, null), warning.Where);
        Assert.Equal(
            "1 line of a UTF-8 file holds bytes that are neither UTF-8 nor CP949 (the first is here); they "
            + "were read as '\uFFFD'. Download or save the file again to recover the text",
            warning.Message);
    }

    [Fact]
    public void Should_read_a_line_pasted_from_a_cp949_file_as_cp949()
    {
        // Given a UTF-8 station list whose last line is CP949
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var bytes = Utf8(Header, "3008A40,미호천,36.5,127.3", "3012A20,공주1,36.46,127.12")
            .Concat(Encoding.GetEncoding(949).GetBytes("3009A10,갑천1,36.35,127.38\n"))
            .ToArray();

        // When it is read
        var batch = SampleFiles.Read(new RawFile("pasted.csv", "pasted.csv", bytes));

        // Then every name is read right and the warning says which line was CP949
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Equal(["미호천", "공주1", "갑천1"], batch.Stations.Select(s => s.Name));
        Assert.Equal(new SourceLocation("pasted.csv", null, 4, null), warning.Where);
        Assert.Equal(
            "1 line is in CP949 while the rest of the file is UTF-8 (the first is here); it was read as CP949",
            warning.Message);
    }

    [Fact]
    public void Should_read_a_utf8_line_of_a_cp949_file_as_utf8()
    {
        // Given a CP949 station list whose last line was pasted from a UTF-8 re-export
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var cp949 = Encoding.GetEncoding(949);
        var bytes = cp949.GetBytes(string.Join("\n", Header, "3008A40,미호천,36.5,127.3", "3012A20,공주1,36.46,127.12") + "\n")
            .Concat(Encoding.UTF8.GetBytes("3009A10,갑천1,36.35,127.38\n"))
            .ToArray();

        // When it is read
        var batch = SampleFiles.Read(new RawFile("pasted.csv", "pasted.csv", bytes));

        // Then every name is read right and the warning names the UTF-8 line
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Equal(["미호천", "공주1", "갑천1"], batch.Stations.Select(s => s.Name));
        Assert.Equal(new SourceLocation("pasted.csv", null, 4, null), warning.Where);
        Assert.Equal(
            "1 line is in UTF-8 while the rest of the file is CP949 (the first is here); it was read as UTF-8",
            warning.Message);
    }

    private static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
}
