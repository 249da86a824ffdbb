using TorchSharp;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Loads TorchSharp's native libraries before the first tensor, so that a missing or
/// unloadable library is reported as one clear error rather than a type-initializer failure
/// whose message suggests referencing other packages.
/// </summary>
internal static class TorchRuntime
{
    public static void EnsureLoaded()
    {
        try
        {
            torch.InitializeDeviceType(DeviceType.CPU);
        }
        catch (Exception error) when (error is TypeInitializationException or NotSupportedException
            or DllNotFoundException)
        {
            var cause = (error.InnerException ?? error).Message.Split('\n')[0].Trim();

            throw new InvalidOperationException(
                "the autoencoder plugin cannot load TorchSharp's native library "
                + "(runtimes/linux-x64/native/libLibTorchSharp.so in its folder). "
                + "Where libstdc++ is older than GLIBCXX_3.4.32, as on Debian 12, that file must "
                + "be the copy patched when the plugin is built or published; build or publish "
                + $"it again. TorchSharp said: {cause}",
                error);
        }
    }
}
