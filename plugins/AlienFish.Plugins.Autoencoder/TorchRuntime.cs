using AlienFish.Abstractions;
using TorchSharp;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Loads TorchSharp's native libraries before the first tensor, so that a missing or
/// unloadable library is reported as one clear error rather than a type-initializer failure
/// whose message suggests referencing other packages; and finds the device to train on.
/// </summary>
internal static class TorchRuntime
{
    /// <summary>The native library of libtorch's CUDA build; the CPU build has none.</summary>
    private const string CudaLibrary = "libtorch_cuda.so";

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

    /// <summary>
    /// The torch device for <paramref name="name"/> (<c>cpu</c> or <c>cuda</c>), after
    /// <see cref="EnsureLoaded"/>. CUDA must be found by <c>torch.cuda.is_available()</c>.
    /// </summary>
    public static Device TrainingDevice(string name)
    {
        if (string.Equals(name, TrainingData.CpuDevice, StringComparison.OrdinalIgnoreCase))
        {
            return CPU;
        }

        if (!string.Equals(name, TrainingData.CudaDevice, StringComparison.OrdinalIgnoreCase))
        {
            throw new DeviceUnavailableException(
                name, $"--device {name}: the autoencoder models train on cpu or cuda");
        }

        if (cuda.is_available())
        {
            return CUDA;
        }

        throw new DeviceUnavailableException(name, NoCudaMessage(name));
    }

    private static string NoCudaMessage(string name)
    {
        var folder = Path.GetDirectoryName(typeof(TorchRuntime).Assembly.Location) ?? ".";
        var native = Path.Combine(folder, "runtimes", "linux-x64", "native");

        if (!File.Exists(Path.Combine(native, CudaLibrary)) && !File.Exists(Path.Combine(folder, CudaLibrary)))
        {
            return $"--device {name}: TorchSharp finds no CUDA device, because this autoencoder plugin "
                + "carries the CPU build of libtorch (the package libtorch-cpu-linux-x64; there is no "
                + $"{CudaLibrary} in {folder}). To train on a GPU, on a machine with an NVIDIA GPU and "
                + "its driver, build the plugin with the package libtorch-cuda-12.8-linux-x64 in place of "
                + "libtorch-cpu-linux-x64 and install it with --plugins; or leave out --device to train on "
                + "the CPU.";
        }

        return $"--device {name}: TorchSharp finds no CUDA device, though the plugin carries libtorch's "
            + "CUDA build: no NVIDIA GPU is visible, or its driver is missing or older than CUDA 12.8 "
            + "needs (check with nvidia-smi); or leave out --device to train on the CPU.";
    }
}
