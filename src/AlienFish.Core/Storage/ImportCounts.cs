namespace AlienFish.Core.Storage;

/// <summary>
/// Rows one file added to the store, per table. Rows whose key was already stored
/// (the same survey in an .xls and its .csv twin, say) are counted as <see cref="Skipped"/>.
/// </summary>
public sealed record ImportCounts(
    int Stations,
    int Reaches,
    int Surveys,
    int Counts,
    int Samples,
    int SiteChemistry,
    int Skipped)
{
    /// <summary>Species a checklist added; those that counts and occurrences bring are not counted.</summary>
    public int Species { get; init; }

    public int Occurrences { get; init; }

    public int Added =>
        Stations + Reaches + Surveys + Counts + Samples + SiteChemistry + Species + Occurrences;
}
