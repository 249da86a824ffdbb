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
    public int Added => Stations + Reaches + Surveys + Counts + Samples + SiteChemistry;
}
