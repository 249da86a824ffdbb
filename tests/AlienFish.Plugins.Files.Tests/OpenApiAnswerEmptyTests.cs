using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

public sealed class OpenApiAnswerEmptyTests
{
    [Theory]
    [InlineData(
        "page.json",
        "{\"getWaterMeasuringList\":{\"header\":{\"code\":\"00\",\"message\":\"NORMAL SERVICE\"},"
        + "\"item\":[],\"numOfRows\":100,\"pageNo\":1,\"totalCount\":0}}")]
    [InlineData(
        "no-item.json",
        "{\"getWaterMeasuringList\":{\"header\":{\"code\":\"00\",\"message\":\"NORMAL SERVICE\"},"
        + "\"numOfRows\":100,\"pageNo\":1,\"totalCount\":\"0\"}}")]
    [InlineData(
        "page.xml",
        "<response><header><resultCode>00</resultCode></header><body><items></items>"
        + "<numOfRows>100</numOfRows><pageNo>1</pageNo><totalCount>0</totalCount></body></response>")]
    public void Should_read_an_answer_that_matched_nothing_as_no_samples(string name, string text)
    {
        // Given a normal answer to a request for a station-year without measurements
        var file = new RawFile(name, name, Encoding.UTF8.GetBytes(text));
        var source = new FilesSource();

        // When it is recognised and read
        var layout = source.Recognise(file);
        var batch = source.Read(file, CancellationToken.None);

        // Then it is a long water-quality table with no samples and says why
        Assert.Equal(FileLayouts.WaterQualityLong, layout);
        Assert.Empty(batch.Samples);
        Assert.Empty(batch.Stations);
        Assert.Contains(batch.Diagnostics, d => d.Message == "the answer holds no items: the request matched no measurements");
    }
}
