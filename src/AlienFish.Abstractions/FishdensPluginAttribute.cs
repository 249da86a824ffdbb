namespace AlienFish.Abstractions;

/// <summary>
/// Names a plugin entry type of an assembly, so the host creates it without scanning.
/// An assembly may carry several of these.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FishdensPluginAttribute : Attribute
{
    /// <param name="entryType">A public class with a parameterless constructor.</param>
    /// <param name="contractVersion">
    /// Left at its default, the compiler writes the contract version the plugin was built
    /// against into the plugin assembly.
    /// </param>
    public FishdensPluginAttribute(Type entryType, int contractVersion = PluginContract.Version)
    {
        EntryType = entryType;
        ContractVersion = contractVersion;
    }

    public Type EntryType { get; }

    public int ContractVersion { get; }
}
