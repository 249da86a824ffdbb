using System.Reflection;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

public sealed class FilesSourceTests
{
    [Fact]
    public void Should_name_its_entry_type_in_the_assembly_attribute()
    {
        // Given the plugin assembly, When its plugin attributes are read
        var attributes = typeof(FilesSource).Assembly.GetCustomAttributes<FishdensPluginAttribute>();
        var attribute = Assert.Single(attributes);

        // Then it names the files source, built against this contract
        Assert.Equal(typeof(FilesSource), attribute.EntryType);
        Assert.Equal(PluginContract.Version, attribute.ContractVersion);
    }

    [Fact]
    public void Should_present_itself_as_the_files_source()
    {
        // Given a source made as the host makes it
        var source = (IFileSource)Activator.CreateInstance(typeof(FilesSource))!;

        // When it is asked who it is, Then it is the source named files
        Assert.Equal("files", source.Name);
        Assert.Equal(PluginKind.Source, source.Kind);
        Assert.False(string.IsNullOrWhiteSpace(source.Description));
    }

    [Fact]
    public void Should_stop_when_the_read_is_cancelled()
    {
        // Given a cancelled token
        using var cancellation = new CancellationTokenSource();

        cancellation.Cancel();

        // When a file is read with it, Then the read stops
        Assert.ThrowsAny<OperationCanceledException>(() =>
            new FilesSource().Read(SampleFiles.WaterQuality("geum2016.csv"), cancellation.Token));
    }
}
