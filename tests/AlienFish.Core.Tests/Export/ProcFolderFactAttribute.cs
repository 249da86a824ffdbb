namespace AlienFish.Core.Tests.Export;

/// <summary>A fact that needs Linux's <c>/proc</c>, where no user can create files; skipped elsewhere.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProcFolderFactAttribute : FactAttribute
{
    public ProcFolderFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self"))
        {
            Skip = "needs Linux's /proc, a folder in which no user can create files";
        }
    }
}
