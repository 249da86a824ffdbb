using AlienFish.Build;

namespace AlienFish.Plugins.Autoencoder.Tests;

/// <summary>
/// What build/TorchSharpNative.targets did to this test project's own output, which is laid
/// out the way a plugin folder is.
/// </summary>
public sealed class TestOutputNativesTests
{
    private static readonly string Runtimes = Path.Combine(AppContext.BaseDirectory, "runtimes");

    [Fact]
    public void Native_library_in_the_output_is_marked_weak()
    {
        var native = Path.Combine(Runtimes, "linux-x64", "native", "libLibTorchSharp.so");

        var need = ElfWeakVersion.ReadNeeds(native).Single(n => n.Version == "GLIBCXX_3.4.32");

        Assert.Equal(ElfWeakVersion.WeakFlag, need.Flags);
    }

    [Fact]
    public void Output_carries_no_natives_for_other_systems()
    {
        var systems = Directory.GetDirectories(Runtimes).Select(Path.GetFileName);

        Assert.Equal(["linux-x64"], systems);
    }

    [Fact]
    public void Package_cache_copy_stays_unpatched()
    {
        var need = ElfWeakVersion.ReadNeeds(ElfWeakVersionTests.PackagedNative)
            .Single(n => n.Version == "GLIBCXX_3.4.32");

        Assert.Equal(0, need.Flags);
    }
}
