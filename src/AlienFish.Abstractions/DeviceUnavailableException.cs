namespace AlienFish.Abstractions;

/// <summary>
/// A model was asked to train on a device (<see cref="TrainingData.Device"/>) that it cannot
/// use here. The message names the device, what is missing and how to get it; the host
/// reports it as bad input.
/// </summary>
public sealed class DeviceUnavailableException : Exception
{
    public DeviceUnavailableException(string device, string message)
        : base(message)
    {
        Device = device;
    }

    public string Device { get; }
}
