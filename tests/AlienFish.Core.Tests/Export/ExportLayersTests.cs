using AlienFish.Core.Export;

namespace AlienFish.Core.Tests.Export;

public sealed class ExportLayersTests
{
    [Fact]
    public void Should_read_a_comma_list_in_the_order_given_once_each()
    {
        var layers = ExportLayers.Parse(" matches, Reaches ,matches");

        Assert.Equal(["matches", "reaches"], layers);
    }

    [Fact]
    public void Should_name_unknown_layers_and_the_choices()
    {
        var error = Assert.Throws<PipelineException>(() => ExportLayers.Parse("reaches,rivers,counts"));

        Assert.Equal(
            "--layers names 'rivers', 'counts', which fishdens does not export; "
            + "choose from reaches,stations,matches,predictions,occurrences",
            error.Message);
    }

    [Fact]
    public void Should_refuse_an_empty_list()
    {
        var error = Assert.Throws<PipelineException>(() => ExportLayers.Parse(" , "));

        Assert.Equal(
            "--layers is empty; give one or more of reaches,stations,matches,predictions,occurrences",
            error.Message);
    }
}
