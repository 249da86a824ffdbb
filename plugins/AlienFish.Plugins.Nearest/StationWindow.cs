using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>A station used for a survey: its distance and its summaries over the window.</summary>
internal sealed record StationWindow(
    Station Station,
    double Metres,
    IReadOnlyDictionary<string, VariableSummary> Values);
