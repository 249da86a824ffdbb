namespace AlienFish.Core.Tests.Export;

/// <summary>
/// A fact that needs a folder this user cannot write into. Skipped, with the reason, where
/// Unix file modes do not exist or where the user (root) writes into read-only folders anyway.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyFolderFactAttribute : FactAttribute
{
    public ReadOnlyFolderFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "read-only folders are made with Unix file modes, which Windows lacks";
        }
        else if (!ReadOnlyFolder.IsEnforced())
        {
            Skip = "this user writes into read-only folders (it is root); run the tests as another user";
        }
    }
}
