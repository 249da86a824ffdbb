namespace AlienFish.Plugins.Portal.Profiles;

/// <summary>One step of a profile's <c>plan</c> or <c>fetch</c> list, as written in the file.</summary>
/// <param name="Do">goto, select, click, check-sites, wait-for, popup or download.</param>
/// <param name="By">For select: match the option's <c>value</c> (the default) or its <c>label</c>.</param>
/// <param name="ClosesPopup">For click: the click closes the popup, and the steps go back to its opener.</param>
/// <param name="UnlessPresent">For download: skip it when this selector matches, e.g. a "no results" row.</param>
internal sealed record PortalStep(
    string Do,
    string? Selector = null,
    string? Url = null,
    string? Value = null,
    string? By = null,
    bool ClosesPopup = false,
    string? UnlessPresent = null)
{
    public StepKind Kind => Do switch
    {
        "goto" => StepKind.Goto,
        "select" => StepKind.Select,
        "click" => StepKind.Click,
        "check-sites" => StepKind.CheckSites,
        "wait-for" => StepKind.WaitFor,
        "popup" => StepKind.Popup,
        "download" => StepKind.Download,
        _ => throw new InvalidOperationException("unchecked step kind " + Do),
    };

    public static IReadOnlyList<string> Kinds { get; } =
        ["goto", "select", "click", "check-sites", "wait-for", "popup", "download"];
}
