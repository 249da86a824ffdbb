namespace AlienFish.Plugins.Portal.Profiles;

/// <summary>The few things a profile step can do; kept small so profiles stay readable.</summary>
internal enum StepKind
{
    Goto,
    Select,
    Click,
    CheckSites,
    WaitFor,
    Popup,
    Download,
}
