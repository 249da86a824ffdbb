using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// Damaged copies of the real files: cut short at many offsets, bytes flipped, columns
/// shuffled, re-encoded between CP949 and UTF-8. Whatever the damage, recognising never
/// throws and reading either gives a batch or refuses the file with a
/// <see cref="SourceFormatException"/>. The cases come from a fixed seed and are few
/// enough to run in seconds.
/// </summary>
public sealed class CorruptionTests
{
    private const int Seed = 20251204;
    private const int Cuts = 16;
    private const int Flips = 16;
    private const int Shuffles = 4;

    private readonly FilesSource _source = new();

    public static TheoryData<string, string> Files => new()
    {
        { "data", TestData.WideExport },
        { "data", TestData.TotalLoad },
        { "data", TestData.Mulmoa },
        { "data", TestData.AutoPoints },
        { "data", TestData.AlgaePoints },
        { "data", "api-getWaterMeasuringList.json" },
        { "data", "api-getWaterMeasuringList.xml" },
        { "data", TestData.FishList },
        { "data", TestData.AlienSightings },
        { "fish", "어류_현지조사_2016.xls" },
        { "fish", "어류_출현생물_2023.xls" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_refuse_or_read_a_file_cut_short_anywhere(string folder, string name)
    {
        // Given copies of the file cut at seeded offsets
        var original = Load(folder, name);
        var random = new Random(Seed);
        var cuts = Enumerable.Range(0, Cuts).Select(_ => random.Next(original.Length)).Append(1);

        // When each is offered and read, Then nothing but a format error escapes
        AssertSurvives(name, cuts.Select(at => original[..at]));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_refuse_or_read_a_file_with_flipped_bytes(string folder, string name)
    {
        // Given copies with a few seeded bytes replaced
        var original = Load(folder, name);
        var random = new Random(Seed);
        var copies = Enumerable.Range(0, Flips).Select(_ =>
        {
            var copy = original.ToArray();

            for (var i = 0; i < 1 + random.Next(8); i++)
            {
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            return copy;
        });

        // When each is offered and read, Then nothing but a format error escapes
        AssertSurvives(name, copies);
    }

    [Theory]
    [InlineData(TestData.WideExport)]
    [InlineData(TestData.TotalLoad)]
    [InlineData(TestData.Mulmoa)]
    [InlineData(TestData.AlgaePoints)]
    [InlineData(TestData.FishList)]
    public void Should_refuse_or_read_a_file_with_shuffled_columns(string name)
    {
        // Given copies whose comma-separated columns are put in a seeded order
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var text = Decode(Load("data", name));
        var lines = text.Split('\n').Select(l => l.Split(',')).ToList();
        var width = lines.Max(l => l.Length);
        var random = new Random(Seed);
        var copies = Enumerable.Range(0, Shuffles).Select(_ =>
        {
            var order = Enumerable.Range(0, width).OrderBy(_ => random.Next()).ToArray();
            var shuffled = lines.Select(l => string.Join(',', order.Select(i => i < l.Length ? l[i] : "")));

            return Encoding.UTF8.GetBytes(string.Join('\n', shuffled));
        });

        // When each is offered and read, Then nothing but a format error escapes
        AssertSurvives(name, copies);
    }

    [Theory]
    [InlineData(TestData.WideExport, 949, 65001)]
    [InlineData(TestData.TotalLoad, 65001, 949)]
    [InlineData(TestData.Mulmoa, 65001, 949)]
    [InlineData(TestData.AutoPoints, 65001, 949)]
    [InlineData(TestData.FishList, 949, 65001)]
    [InlineData(TestData.AlienSightings, 65001, 949)]
    public void Should_read_a_file_re_encoded_the_same_as_the_original(string name, int from, int to)
    {
        // Given the file re-encoded from CP949 to UTF-8 or back
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var original = TestData.Load(name);
        var text = Encoding.GetEncoding(from).GetString(original.Content.Span).TrimStart('\uFEFF');
        var copy = new RawFile(name, name, Encoding.GetEncoding(to).GetBytes(text));

        // When both are read
        var expected = _source.Read(original, CancellationToken.None);
        var actual = _source.Read(copy, CancellationToken.None);

        // Then they give the same records
        Assert.Equal(expected.Layout, actual.Layout);
        Assert.Equal(expected.Samples, actual.Samples);
        Assert.Equal(expected.Stations, actual.Stations);
        Assert.Equal(expected.Species, actual.Species);
        Assert.Equal(expected.Occurrences, actual.Occurrences);
    }

    private void AssertSurvives(string name, IEnumerable<byte[]> copies)
    {
        var failures = new List<string>();
        var index = 0;

        foreach (var bytes in copies)
        {
            var file = new RawFile(name, name, bytes);
            var label = $"case {index++} ({bytes.Length} bytes)";

            try
            {
                _source.Recognise(file);
            }
            catch (Exception ex)
            {
                failures.Add($"{label}: Recognise threw {ex.GetType().Name}: {ex.Message}");
            }

            try
            {
                _source.Read(file, CancellationToken.None);
            }
            catch (SourceFormatException)
            {
                // A refusal with a message is the other allowed outcome.
            }
            catch (Exception ex)
            {
                failures.Add($"{label}: Read threw {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.Empty(failures);
    }

    private static byte[] Load(string folder, string name) =>
        (folder == "fish" ? SampleFiles.Fish(name) : TestData.Load(name)).Content.ToArray();

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(949).GetString(bytes);
        }
    }
}
